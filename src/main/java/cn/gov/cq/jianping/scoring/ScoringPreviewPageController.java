package cn.gov.cq.jianping.scoring;

import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.rubric.RubricCode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 评分试算: a public page over the preview API, so an institution can see how item scores and
 * vetoes turn into a grade before it self-assesses.
 */
@Controller
class ScoringPreviewPageController {

	private final RubricCatalog catalog;

	ScoringPreviewPageController(RubricCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/scoring/preview")
	String preview(@RequestParam(defaultValue = "LEVEL") String rubric, Model model) {
		RubricCode code = "APPRAISAL".equals(rubric) ? RubricCode.APPRAISAL : RubricCode.LEVEL;
		model.addAttribute("rubric", this.catalog.current(code));
		return "scoring/preview";
	}

}
