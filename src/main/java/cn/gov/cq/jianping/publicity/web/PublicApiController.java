package cn.gov.cq.jianping.publicity.web;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.shared.CreditCode;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/public/institutions}: the grade lookup as JSON, public and stateless. It
 * reads the projection of confirmed grades only, so nothing personal can come out of it.
 */
@RestController
class PublicApiController {

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private final GradeLookup lookup;

	PublicApiController(GradeLookup lookup) {
		this.lookup = lookup;
	}

	record FieldError(String field, String message) {
	}

	record Errors(List<FieldError> errors) {
	}

	record Item(String name, String creditCode, String type, String district, String grade, String gradeLabel,
			int roundYear, String confirmedAt) {
	}

	record ItemPage(List<Item> items, int page, int size, long total) {
	}

	record GradeItem(String grade, String gradeLabel, int roundYear, String confirmedAt) {
	}

	record Institution(String name, String creditCode, String type, String district, String registrationStatus,
			GradeItem currentGrade, List<GradeItem> grades) {
	}

	@GetMapping(path = "/api/v1/public/institutions", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> search(@RequestParam(required = false) String q, @RequestParam(required = false) String district,
			@RequestParam(required = false) String type, @RequestParam(required = false) String grade,
			@RequestParam(required = false) String year, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		LookupQuery query = LookupQuery.of(q, district, type, grade, year, page, size);
		if (!query.problems().isEmpty()) {
			return error(HttpStatus.BAD_REQUEST,
					query.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList());
		}
		GradeLookup.Page found = this.lookup.search(query.q(), query.district(), query.type(), query.grade(),
				query.year(), query.page(), query.size());
		List<Item> items = found.items()
			.stream()
			.map(g -> new Item(g.name(), g.creditCode(), g.type(), g.district(), g.grade(), g.gradeLabel(),
					g.roundYear(), iso(g)))
			.toList();
		return ResponseEntity.ok()
			.cacheControl(CACHE)
			.body(new ItemPage(items, found.page(), found.size(), found.total()));
	}

	@GetMapping(path = "/api/v1/public/institutions/{creditCode}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> institution(@PathVariable String creditCode) {
		String code = CreditCode.normalise(creditCode);
		if (!CreditCode.isValid(code)) {
			return error(HttpStatus.BAD_REQUEST,
					List.of(new FieldError("creditCode", CreditCode.problemWith(code).orElse("统一社会信用代码有误"))));
		}
		return this.lookup.institution(code)
			.<ResponseEntity<?>>map(r -> ResponseEntity.ok()
				.cacheControl(CACHE)
				.body(new Institution(r.name(), r.creditCode(), r.type(), r.district(), r.registrationStatus(),
						r.current() == null ? null : grade(r.current()),
						r.history().stream().map(PublicApiController::grade).toList())))
			.orElseGet(() -> error(HttpStatus.NOT_FOUND,
					List.of(new FieldError("creditCode", "未找到统一社会信用代码为 " + code + " 的机构"))));
	}

	private static GradeItem grade(GradeLookup.GradeRow g) {
		return new GradeItem(g.grade(), g.gradeLabel(), g.roundYear(), iso(g));
	}

	/** ISO-8601 with the Beijing offset, e.g. 2027-03-11T00:00:01+08:00. */
	private static String iso(GradeLookup.GradeRow g) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(g.confirmedAt());
	}

	private static ResponseEntity<Errors> error(HttpStatus status, List<FieldError> errors) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new Errors(errors));
	}

}
