package cn.gov.cq.jianping.system.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP (Tomcat compresses, not MockMvc): assets versioned, compressed and
 * cached for a year; favicon and robots.txt for anyone; public pages describe themselves;
 * error pages in Chinese only.
 */
@IntegrationTest
class WebBasicsIT {

	private static final Pattern BOOTSTRAP_CSS = Pattern
		.compile("href=\"(/webjars/bootstrap/[^\"]*/bootstrap\\.min-([0-9a-f]{32})\\.css)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void bootstrapIsLinkedUnderAContentVersionedUrlAndServedGzippedWithAOneYearImmutableCache() throws Exception {
		String login = get("/login", "text/html").body();
		Matcher link = BOOTSTRAP_CSS.matcher(login);
		assertThat(link.find()).as("versioned bootstrap link in %s", login).isTrue();
		assertThat(login).containsPattern("src=\"/js/jianping-[0-9a-f]{32}\\.js\"")
			.containsPattern("href=\"/css/jianping-[0-9a-f]{32}\\.css\"");

		HttpResponse<byte[]> css = this.http.send(
				HttpRequest.newBuilder(uri(link.group(1))).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age=31536000").contains("immutable").contains("public"));
		byte[] original = new ClassPathResource("META-INF/resources/webjars/bootstrap/5.3.3/dist/css/bootstrap.min.css")
			.getContentAsByteArray();
		byte[] unzipped = gunzip(css.body());
		assertThat(unzipped).isEqualTo(original);
		assertThat(css.body().length).isLessThan(original.length / 4);
	}

	@Test
	void aVersionedUrlWithTheWrongHashIsNotServed() throws Exception {
		assertThat(get("/css/jianping-00000000000000000000000000000000.css", "text/css").statusCode()).isEqualTo(404);
	}

	@Test
	void pagesAreCompressedButNeverCachedAsAssets() throws Exception {
		HttpResponse<byte[]> page = this.http.send(
				HttpRequest.newBuilder(uri("/public/institutions")).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
	}

	@Test
	void faviconAndRobotsAnswerAnonymously() throws Exception {
		HttpResponse<String> favicon = get("/favicon.ico", "*/*");
		assertThat(favicon.statusCode()).isEqualTo(200);
		assertThat(favicon.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
		assertThat(favicon.headers().firstValue("Set-Cookie")).isEmpty();

		HttpResponse<String> robots = get("/robots.txt", "text/plain");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.body()).contains("User-agent: *").contains("Allow: /public/").contains("Disallow: /\n");
	}

	@Test
	void publicPagesCarryADescriptionAndTheIcon() throws Exception {
		for (String path : new String[] { "/public/institutions", "/public/publicity", "/public/announcements",
				"/login" }) {
			String body = get(path, "text/html").body();
			assertThat(body).as(path).containsPattern("<meta name=\"description\" content=\"[^\"]*职业技能鉴定评价机构[^\"]*\">");
			assertThat(body).as(path).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
		}
	}

	@Test
	void aMissingPageIsExplainedInChineseWithoutTheEnglishReasonOrATrace() throws Exception {
		HttpResponse<String> missing = this.http.send(HttpRequest.newBuilder(uri("/public/no-such-page"))
			.header("Accept", "text/html")
			.header("X-Request-Id", "web-it-404")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("X-Request-Id")).hasValue("web-it-404");
		assertThat(missing.body()).contains("页面不存在")
			.contains("出错编号：<span>web-it-404</span>")
			.doesNotContain("Not Found")
			.doesNotContain("flash-error")
			.doesNotContain("Exception")
			.doesNotContain("at cn.gov");
	}

	@Test
	void aRequestIdThatCouldForgeLogLinesIsReplaced() throws Exception {
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(uri("/login")).header("X-Request-Id", "a b%0d%0aINFO forged").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("X-Request-Id"))
			.hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
