package cn.gov.cq.jianping.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * An issued document as a download: it never changes, so its hash is its entity tag
 * ({@code If-None-Match} answers 304) and caches may keep it a year. Public documents may
 * be kept by shared caches; documents for signed-in users only by the user's browser.
 */
public final class IssuedDocumentResponse {

	private IssuedDocumentResponse() {
	}

	public static ResponseEntity<byte[]> of(IssuedDocuments.Issued document, WebRequest request, boolean shared) {
		CacheControl yearLong = CacheControl.maxAge(Duration.ofDays(365)).immutable();
		CacheControl cache = shared ? yearLong.cachePublic() : yearLong.cachePrivate();
		if (request.checkNotModified(document.etag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(document.etag()).cacheControl(cache).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.eTag(document.etag())
			.cacheControl(cache)
			.header("X-Content-SHA256", document.sha256())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

}
