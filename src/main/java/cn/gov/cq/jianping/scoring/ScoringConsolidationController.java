package cn.gov.cq.jianping.scoring;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.scoring.ApiErrors.FieldError;
import cn.gov.cq.jianping.scoring.model.InputError;
import cn.gov.cq.jianping.scoring.model.InvalidInputException;
import cn.gov.cq.jianping.scoring.model.PanelConsolidation;
import cn.gov.cq.jianping.scoring.model.PanelResult;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/scoring/consolidate}: public and stateless, consolidates 3–15
 * experts' criterion scores with the current rubric's shipped default rule set, exactly
 * as a panel's result is formed.
 */
@RestController
class ScoringConsolidationController {

	private final RubricCatalog catalog;

	private final PanelConsolidation consolidation;

	ScoringConsolidationController(RubricCatalog catalog, PanelConsolidation consolidation) {
		this.catalog = catalog;
		this.consolidation = consolidation;
	}

	@PostMapping(path = "/api/v1/scoring/consolidate", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> consolidate(@RequestBody(required = false) String body) {
		JsonNode root;
		try {
			root = StrictJson.readObject(body);
		}
		catch (StrictJson.Unreadable ex) {
			return ApiErrors.badRequest(List.of(ex.error()));
		}
		List<FieldError> errors = new ArrayList<>();
		ConsolidationRequest request = ConsolidationRequest.read(root, this.catalog, errors);
		if (!errors.isEmpty()) {
			return ApiErrors.badRequest(errors);
		}
		try {
			PanelResult result = this.consolidation.consolidateScores(request.ruleSet(), request.method(),
					request.experts(), request.consensus(), request.reasons(), request.vetoes());
			return ResponseEntity.ok(ConsolidationResponse.of(result));
		}
		catch (InvalidInputException ex) {
			return ApiErrors.badRequest(ex.errors().stream().map(ScoringConsolidationController::apiField).toList());
		}
	}

	/**
	 * Model fields {@code sheets[1].L-01-1} are {@code experts[1].criteria.L-01-1} in the
	 * API.
	 */
	private static FieldError apiField(InputError error) {
		String field = error.field();
		if (field.startsWith("sheets[")) {
			int end = field.indexOf(']');
			String rest = field.substring(end + 1);
			field = "experts" + field.substring("sheets".length(), end + 1)
					+ (rest.startsWith(".") ? ".criteria" + rest : rest);
		}
		else if (field.equals("sheets")) {
			field = "experts";
		}
		return new FieldError(field, error.message());
	}

}
