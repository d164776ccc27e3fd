package cn.gov.cq.jianping.publicity.web;

import java.time.Year;
import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.web.SelectOptions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 等级信息查询 (第十四条): confirmed grades by name, credit code, 备案机关, type, grade and year, and
 * each institution's page.
 */
@Controller
class PublicLookupController {

	private final GradeLookup lookup;

	PublicLookupController(GradeLookup lookup) {
		this.lookup = lookup;
	}

	/** 市级 and the districts, written once per selected value (see SelectOptions). */
	private static final SelectOptions DISTRICTS = SelectOptions.of(
			Stream
				.concat(Stream.of(new SelectOptions.Choice("CITY", "市级")),
						Districts.all().list().stream().map(d -> new SelectOptions.Choice(d.code(), d.name())))
				.toList());

	private static final SelectOptions TYPES = SelectOptions
		.of(Arrays.stream(InstitutionType.values()).map(t -> new SelectOptions.Choice(t.label(), t.label())).toList());

	private static final SelectOptions GRADES = SelectOptions
		.of(Arrays.stream(Grade.values()).map(g -> new SelectOptions.Choice(g.name(), g.label())).toList());

	@GetMapping("/public/institutions")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String district,
			@RequestParam(required = false) String type, @RequestParam(required = false) String grade,
			@RequestParam(required = false) String year, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, HttpServletRequest request, Model model) {
		LookupQuery query = LookupQuery.of(q, district, type, grade, year, page, size);
		GradeLookup.Page results = this.lookup.search(query.q(), query.district(), query.type(), query.grade(),
				query.year(), query.page(), query.size());
		model.addAttribute("query", query);
		model.addAttribute("districtOptions", DISTRICTS.html(query.district()));
		model.addAttribute("typeOptions", TYPES.html(query.type()));
		model.addAttribute("gradeOptions", GRADES.html(query.grade()));
		model.addAttribute("results", results);
		model.addAttribute("resultRows", LookupRows.html(results.items(), request.getContextPath()));
		model.addAttribute("totalPages", (int) ((results.total() + query.size() - 1) / query.size()));
		model.addAttribute("thisYear", Year.now().getValue());
		return "publicity/public/institutions";
	}

	@GetMapping("/public/institutions/{creditCode}")
	String institution(@PathVariable String creditCode, HttpServletResponse response, Model model) {
		if (!CreditCode.isValid(creditCode)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return PublicObjectionController.message(model, "统一社会信用代码有误", "“" + creditCode + "”不是有效的统一社会信用代码："
					+ CreditCode.problemWith(CreditCode.normalise(creditCode)).orElse(""));
		}
		return this.lookup.institution(CreditCode.normalise(creditCode)).map(record -> {
			model.addAttribute("record", record);
			return "publicity/public/institution";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return PublicObjectionController.message(model, "未找到该机构",
					"没有统一社会信用代码为 " + CreditCode.normalise(creditCode) + " 的备案机构或等级记录。");
		});
	}

}
