package cn.gov.cq.jianping.publicity.web;

import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.evaluation.CaseNotFoundException;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.publicity.Announcements;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 第十四条, the bureau's side: announce the confirmed grades of a round; the public page, PDF
 * and Excel are served by the public pages.
 */
@Controller
class AnnouncementAdminController {

	private final Announcements announcements;

	private final EvaluationRounds rounds;

	AnnouncementAdminController(Announcements announcements, EvaluationRounds rounds) {
		this.announcements = announcements;
		this.rounds = rounds;
	}

	@GetMapping("/announcements")
	String list(Model model) {
		model.addAttribute("announcements", this.announcements.list());
		model.addAttribute("rounds", this.rounds.list().stream().filter(EvaluationRounds.RoundView::launched).toList());
		return "publicity/admin/announcements";
	}

	@PostMapping("/announcements")
	@OnRefusal("/announcements")
	String publish(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long roundId,
			RedirectAttributes redirect) {
		if (roundId == null) {
			redirect.addFlashAttribute("error", "请选择评估批次");
			return "redirect:/announcements";
		}
		try {
			long id = this.announcements.publish(user, roundId);
			redirect.addFlashAttribute("message", "公告已发布：" + this.announcements.view(id).title() + "（"
					+ this.announcements.view(id).grades().size() + " 个机构）");
		}
		catch (CaseNotFoundException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/announcements";
	}

}
