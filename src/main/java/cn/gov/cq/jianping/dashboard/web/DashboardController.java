package cn.gov.cq.jianping.dashboard.web;

import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.dashboard.Dashboards;
import cn.gov.cq.jianping.dashboard.FigureTable;
import cn.gov.cq.jianping.document.SafeFileNames;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.shared.web.list.CsvExport;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 统计分析 for the bureau, the center and (its own district) a district office: each chart
 * drawn from the data table beneath it, each table exportable as CSV (opens in Excel).
 */
@Controller
@PreAuthorize("hasAnyRole('BUREAU','CENTER','DISTRICT')")
class DashboardController {

	private final Dashboards dashboards;

	DashboardController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/dashboard")
	String showDashboard(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "round", required = false) Long round, Model model) {
		Optional<Dashboards.RoundOption> chosen = this.dashboards.round(round);
		model.addAttribute("rounds", this.dashboards.rounds());
		model.addAttribute("round", chosen.orElse(null));
		model.addAttribute("figures", chosen.map(r -> this.dashboards.figures(user, r.id())).orElse(List.of()));
		model.addAttribute("districtOnly", user.districtCode() != null);
		return "dashboard/index";
	}

	@GetMapping("/dashboard/{figure}.csv")
	ResponseEntity<byte[]> exportFigure(@AuthenticationPrincipal CurrentUser user, @PathVariable String figure,
			@RequestParam(name = "round", required = false) Long round) {
		Dashboards.RoundOption chosen = this.dashboards.round(round)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "暂无评估批次"));
		FigureTable table = this.dashboards.figure(user, chosen.id(), figure)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "没有该统计表"));
		return CsvExport.download(SafeFileNames.of(chosen.name() + "-" + table.title()) + ".csv", table.columns(),
				table.rows());
	}

}
