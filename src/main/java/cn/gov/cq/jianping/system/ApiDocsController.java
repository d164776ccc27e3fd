package cn.gov.cq.jianping.system;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the hand-written OpenAPI description of the public API ({@code docs/api.md}
 * explains it).
 */
@RestController
class ApiDocsController {

	private static final Resource OPENAPI = new ClassPathResource("openapi/openapi.json");

	@GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Resource> openApi() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(OPENAPI);
	}

}
