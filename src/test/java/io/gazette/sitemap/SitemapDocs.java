package io.gazette.sitemap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Fetches sitemap documents, validates them against the official schemas and reads them. */
final class SitemapDocs {

  private static final Schema URLSET =
      schema("xsd/sitemap.xsd", "xsd/xhtml-link.xsd", "xsd/sitemap-news.xsd");
  private static final Schema INDEX = schema("xsd/siteindex.xsd");

  private SitemapDocs() {}

  static String base() {
    return "http://localhost:" + RestAssured.port;
  }

  /** The document at {@code path} (absolute or not), valid against its schema. */
  static Document fetch(String path) {
    byte[] xml =
        given()
            .get(path.replace(base(), ""))
            .then()
            .statusCode(200)
            .contentType("application/xml;charset=utf-8")
            .extract()
            .asByteArray();
    Document document = parse(xml);
    Schema schema =
        "sitemapindex".equals(document.getDocumentElement().getLocalName()) ? INDEX : URLSET;
    try {
      schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (Exception invalid) {
      throw new AssertionError(path + " is not a valid sitemap: " + invalid.getMessage(), invalid);
    }
    return document;
  }

  /** The {@code loc} of each sitemap of the index. */
  static List<String> files() {
    return texts(fetch("/sitemap.xml").getDocumentElement(), SitemapWriter.SITEMAP, "loc");
  }

  /** Every URL of these urlset files: its loc to its hreflang alternates. */
  static Map<String, Map<String, String>> urls(List<String> files) {
    Map<String, Map<String, String>> urls = new LinkedHashMap<>();
    for (String file : files) {
      NodeList list = fetch(file).getElementsByTagNameNS(SitemapWriter.SITEMAP, "url");
      for (int i = 0; i < list.getLength(); i++) {
        Element url = (Element) list.item(i);
        Map<String, String> alternates = new LinkedHashMap<>();
        NodeList links = url.getElementsByTagNameNS(SitemapWriter.XHTML, "link");
        for (int j = 0; j < links.getLength(); j++) {
          Element link = (Element) links.item(j);
          assertThat(link.getAttribute("rel")).isEqualTo("alternate");
          alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
        }
        urls.put(texts(url, SitemapWriter.SITEMAP, "loc").get(0), alternates);
      }
    }
    return urls;
  }

  static List<String> texts(Element parent, String ns, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(ns, name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static Document parse(byte[] xml) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new AssertionError("not XML", e);
    }
  }

  private static Schema schema(String... resources) {
    try {
      var loader = SitemapDocs.class.getClassLoader();
      Source[] sources = new Source[resources.length];
      for (int i = 0; i < resources.length; i++) {
        sources[i] = new StreamSource(loader.getResource(resources[i]).toString());
      }
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
