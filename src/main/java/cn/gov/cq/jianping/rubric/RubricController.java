package cn.gov.cq.jianping.rubric;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The annexed rubrics, for every logged-in user.
 */
@Controller
class RubricController {

	private final RubricCatalog catalog;

	private final ObjectProvider<RubricUsage> usage;

	RubricController(RubricCatalog catalog, ObjectProvider<RubricUsage> usage) {
		this.catalog = catalog;
		this.usage = usage;
	}

	@GetMapping("/rubrics")
	String list(Model model) {
		model.addAttribute("versions", this.catalog.versions());
		RubricUsage rounds = this.usage.getIfAvailable();
		model.addAttribute("running", rounds == null ? Set.of() : rounds.inUseByRunningRounds());
		model.addAttribute("appraisal", this.catalog.current(RubricCode.APPRAISAL));
		model.addAttribute("level", this.catalog.current(RubricCode.LEVEL));
		return "rubric/list";
	}

	@GetMapping("/rubrics/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
		RubricCode rubricCode;
		try {
			rubricCode = RubricCode.valueOf(code.toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "评分标准不存在");
		}
		RubricDefinition rubric = (version == null) ? this.catalog.current(rubricCode)
				: this.catalog.version(rubricCode, version)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "评分标准版本不存在"));
		model.addAttribute("rubric", rubric);
		return "rubric/show";
	}

}
