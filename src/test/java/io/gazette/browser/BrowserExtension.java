package io.gazette.browser;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Owns the browser of a {@link BrowserTest}: starts Chromium before each test, hands the test its
 * {@link Browser}, records the page when the test fails, and closes Chromium afterwards.
 */
public final class BrowserExtension
    implements BeforeEachCallback, ParameterResolver, AfterTestExecutionCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    // Started here rather than on resolving the parameter: the assumption that Chromium is
    // installed then skips the test instead of failing the parameter's resolution.
    Chromium chromium = Chromium.start();
    // The store closes what it holds at the end of the test, after every callback.
    context.getStore(NAMESPACE).put(Chromium.class, chromium);
    context.getStore(NAMESPACE).put(Browser.class, new Browser(chromium.driver()));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return browser(context);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      String test = context.getRequiredTestMethod().getName();
      FailureRecord.write(
          browser(context).driver(), context.getRequiredTestClass().getSimpleName() + "." + test);
    }
  }

  private static Browser browser(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
  }
}
