package cn.gov.cq.jianping.supervision.web;

import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.shared.web.list.CsvExport;
import cn.gov.cq.jianping.shared.web.list.ListModel;
import cn.gov.cq.jianping.shared.web.list.PageQuery;
import cn.gov.cq.jianping.supervision.ComplaintListing;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 投诉举报 across institutions with the list pattern; the institution picker of the overview
 * still leads to one institution's complaints, where they are recorded and verified.
 * Staff only: complainants are never shown to the institution.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
class ComplaintListController {

	private static final String PATH = "/supervision/complaints";

	private final ComplaintListing listing;

	ComplaintListController(ComplaintListing listing) {
		this.listing = listing;
	}

	@GetMapping(PATH)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long institutionId,
			@RequestParam Map<String, String> params, Model model) {
		if (institutionId != null) {
			return "redirect:/supervision/institutions/" + institutionId + "/complaints";
		}
		PageQuery query = ComplaintListing.query(params);
		ListModel.put(model, this.listing.page(user, query, PATH), () -> this.listing.all(user, query),
				ListModel.print(params), "complaints");
		return "supervision/complaint-list";
	}

	@GetMapping(PATH + "/export.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params) {
		List<List<Object>> rows = this.listing.all(user, ComplaintListing.query(params))
			.stream()
			.map(ComplaintListing.Row::cells)
			.toList();
		return CsvExport.download("投诉举报.csv", ComplaintListing.EXPORT_HEADER, rows);
	}

}
