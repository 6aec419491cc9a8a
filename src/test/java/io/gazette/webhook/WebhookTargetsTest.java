package io.gazette.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

  /** Internal addresses in every notation a resolver reads, and names for them. */
  private static final List<String> INTERNAL =
      List.of(
          "http://127.0.0.1/hook",
          "http://127.0.0.1:8080/hook",
          "https://127.255.255.254/",
          "http://localhost/",
          "http://LOCALHOST:9000/",
          "http://localhost./",
          "http://hooks.localhost/",
          "http://2130706433/",
          "http://0177.0.0.1/",
          "http://0x7f.1/",
          "http://0x7f000001/",
          "http://017700000001/",
          "http://127.1/",
          "http://127.0.1:8080/",
          "http://127.0.0.1./",
          "http://10.0.0.1/",
          "http://012.1/",
          "http://172.16.0.1/",
          "http://172.31.255.255/",
          "http://192.168.1.1/",
          "http://3232235777/",
          "http://100.64.0.1/",
          "http://100.127.255.255/",
          "http://169.254.169.254/latest/meta-data/",
          "http://0xa9.0xfe.0xa9.0xfe/",
          "http://198.18.0.1/",
          "http://192.0.2.1/",
          "http://[::1]/",
          "http://[0:0:0:0:0:0:0:1]:8080/",
          "http://[::ffff:127.0.0.1]/",
          "http://[::ffff:7f00:1]/",
          "http://[::ffff:169.254.169.254]/",
          "http://[::ffff:10.0.0.1]/",
          "http://[::127.0.0.1]/",
          "http://[::ffff:0:127.0.0.1]/",
          "http://[64:ff9b::127.0.0.1]/",
          "http://[64:ff9b::a9fe:a9fe]/",
          "http://[64:ff9b:1::1]/",
          "http://[2002:7f00:1::1]/",
          "http://[2002:a9fe:a9fe::]/",
          "http://[fe80::1]/",
          "http://[fe80::1%25eth0]/",
          "http://[febf::1]/",
          "http://[fec0::1]/",
          "http://[fc00::1]/",
          "http://[fd12:3456:789a::1]/",
          "http://[2001:db8::1]/",
          "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/");

  /** Addresses that are no host at all: refused even where internal ones are allowed. */
  private static final List<String> NEVER =
      List.of(
          "http://0.0.0.0/",
          "http://0/",
          "http://0.1.2.3/",
          "http://[::]/",
          "http://[::ffff:0.0.0.0]/",
          "http://224.0.0.1/",
          "http://239.255.255.250:1900/",
          "http://[ff02::1]/",
          "http://[::ffff:224.0.0.1]/",
          "http://240.0.0.1/",
          "http://255.255.255.255/",
          "http://4294967295/",
          "http://[4000::1]/");

  private static final List<String> PUBLIC =
      List.of(
          "http://93.184.216.34/",
          "https://93.184.216.34:8443/hook?x=1",
          "http://1572395042/",
          "http://0x5d.0xb8.0xd8.0x22/",
          "http://[2606:2800:220:1:248:1893:25c8:1946]/",
          "http://[::ffff:93.184.216.34]/",
          "http://[64:ff9b::5db8:d822]/",
          "http://[2002:5db8:d822::1]/",
          "http://8.8.8.8/",
          "http://11.0.0.1/",
          "http://172.15.255.255/",
          "http://172.32.0.1/",
          "http://100.63.255.255/",
          "http://100.128.0.1/",
          "http://169.253.0.1/",
          "http://192.169.0.1/",
          "http://223.255.255.255/");

  private static final List<String> MALFORMED =
      List.of(
          "ftp://93.184.216.34/",
          "file:///etc/passwd",
          "gopher://93.184.216.34:70/",
          "http://user:password@93.184.216.34/",
          "http://user@93.184.216.34/",
          "http:///hook",
          "http://",
          "not a url",
          "http://1.2.3.4.5/",
          "http://256.1.1.1/",
          "http://08.0.0.1/",
          "http://0x100.0.0.1/",
          "http://1.16777216/",
          "http://99999999999999999999/",
          "http://[zz::1]/",
          "http://[example.org]/");

  /** A resolver that knows a few names, as DNS (rebinding included) could answer them. */
  private static final Map<String, List<String>> DNS =
      Map.of(
          "public.example", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
          "rebind.example", List.of("93.184.216.34", "127.0.0.1"),
          "metadata.example", List.of("169.254.169.254"),
          "mapped.example", List.of("::ffff:10.0.0.1"));

  private static final WebhookTargets STRICT = new WebhookTargets(false, WebhookTargetsTest::dns);
  private static final WebhookTargets INTRANET = new WebhookTargets(true, WebhookTargetsTest::dns);

  private static InetAddress[] dns(String name) throws UnknownHostException {
    List<String> answers = DNS.get(name);
    if (answers == null) {
      return InetAddress.getAllByName(name); // localhost, from the machine's hosts file
    }
    InetAddress[] all = new InetAddress[answers.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = InetAddress.getByName(answers.get(i));
    }
    return all;
  }

  @Test
  void shouldRefuseInternalAddressesInEveryNotation() {
    SoftAssertions soft = new SoftAssertions();
    for (String url : INTERNAL) {
      soft.assertThat(STRICT.refusal(url)).as(url).isEqualTo("private-address");
    }
    soft.assertAll();
  }

  @Test
  void shouldRefuseAddressesThatAreNoHostEvenOnAnIntranet() {
    SoftAssertions soft = new SoftAssertions();
    for (String url : NEVER) {
      soft.assertThat(STRICT.refusal(url)).as(url).isEqualTo("private-address");
      soft.assertThat(INTRANET.refusal(url))
          .as("allowed private, " + url)
          .isEqualTo("private-address");
    }
    soft.assertAll();
  }

  @Test
  void shouldAcceptPublicAddresses() {
    SoftAssertions soft = new SoftAssertions();
    for (String url : PUBLIC) {
      soft.assertThat(STRICT.refusal(url)).as(url).isNull();
    }
    soft.assertAll();
  }

  @Test
  void shouldRefuseWhatIsNoHttpUrlOrCarriesCredentials() {
    SoftAssertions soft = new SoftAssertions();
    for (String url : MALFORMED) {
      soft.assertThat(STRICT.refusal(url)).as(url).isEqualTo("not-http-url");
      soft.assertThat(WebhookTargets.parse(url)).as(url).isNull();
    }
    soft.assertAll();
  }

  @Test
  void shouldAcceptInternalAddressesOnlyWhenAllowed() {
    SoftAssertions soft = new SoftAssertions();
    for (String url : INTERNAL) {
      soft.assertThat(INTRANET.refusal(url)).as(url).isNull();
    }
    soft.assertAll();
  }

  @Test
  void shouldRefuseANameWhenAnyOfItsAddressesIsInternal() throws Exception {
    assertThat(STRICT.refusal("https://public.example/hook")).isNull();
    assertThat(STRICT.refusal("https://rebind.example/hook")).isEqualTo("private-address");
    assertThat(STRICT.refusal("https://metadata.example/hook")).isEqualTo("private-address");
    assertThat(STRICT.refusal("https://mapped.example/hook")).isEqualTo("private-address");
    assertThatThrownBy(() -> STRICT.address(WebhookTargets.parse("http://rebind.example/")))
        .isInstanceOf(WebhookTargets.Blocked.class);
    assertThat(INTRANET.address(WebhookTargets.parse("http://localhost:8080/")).isLoopbackAddress())
        .as("localhost, resolved where allowed")
        .isTrue();
  }

  @Test
  void shouldConnectToTheAddressThatWasChecked() throws Exception {
    assertThat(STRICT.address(WebhookTargets.parse("http://public.example/")).getHostAddress())
        .isEqualTo("93.184.216.34");
    assertThat(STRICT.address(WebhookTargets.parse("http://1572395042/")).getHostAddress())
        .isEqualTo("93.184.216.34");
    assertThat(INTRANET.address(WebhookTargets.parse("http://0177.0.0.1/")).getHostAddress())
        .as("octal, as the C resolver reads it (the JDK would read 177.0.0.1)")
        .isEqualTo("127.0.0.1");
  }

  @Test
  void shouldKeepTheHostAsWrittenForTheRequest() {
    assertThat(WebhookTargets.parse("https://Push.Example.org:8443/a/b?c=d#part"))
        .isEqualTo(new WebhookTargets.Target(true, "Push.Example.org", 8443, "/a/b?c=d"));
    assertThat(WebhookTargets.parse("HTTP://push.example.org"))
        .isEqualTo(new WebhookTargets.Target(false, "push.example.org", 80, "/"));
    assertThat(WebhookTargets.parse("http://0x7f.1:8080"))
        .isEqualTo(new WebhookTargets.Target(false, "0x7f.1", 8080, "/"));
  }
}
