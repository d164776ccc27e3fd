package cn.gov.cq.jianping.supervision.web;

import cn.gov.cq.jianping.document.IssuedDocumentResponse;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.supervision.GradeManagement;
import cn.gov.cq.jianping.supervision.Plaques;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The grade standing on the institution record page, loaded there with htmx so that the
 * institution module need not know supervision; and the 优秀 plaque (第十六条).
 */
@Controller
class StandingController {

	private final GradeManagement grades;

	private final Plaques plaques;

	StandingController(GradeManagement grades, Plaques plaques) {
		this.grades = grades;
		this.plaques = plaques;
	}

	@GetMapping("/supervision/institutions/{id}/standing")
	String standing(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		GradeManagement.Standing standing = this.grades.standing(user, id).orElse(null);
		model.addAttribute("institutionId", id);
		model.addAttribute("standing", standing);
		model.addAttribute("plaque", standing != null && standing.grade() == Grade.EXCELLENT);
		model.addAttribute("staff", Pages.isStaff(user));
		model.addAttribute("institutionUser", user.hasRole(Role.INSTITUTION));
		return "supervision/standing :: parts";
	}

	@GetMapping("/supervision/institutions/{id}/plaque.pdf")
	ResponseEntity<byte[]> plaque(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			WebRequest request) {
		return IssuedDocumentResponse.of(this.plaques.issuedPlaque(user, id), request, false);
	}

}
