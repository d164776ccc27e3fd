package cn.gov.cq.jianping.evaluation.model;

import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.identity.Role;

/**
 * Who sees which sheet and which evidence when. Experts score independently: they see
 * other experts' sheets and site photos only after submitting their own; the institution
 * sees its own sheet and the district's opinion returned to it; the center and the bureau
 * see everything.
 *
 * @param role the viewer's role
 * @param username the viewer's account
 * @param ownExpertSheetSubmitted whether the viewer, as an expert, has submitted their
 * own sheet
 */
public record SheetVisibility(Role role, String username, boolean ownExpertSheetSubmitted) {

	/** Whether the viewer sees a sheet of this kind, by this author, in this state. */
	public boolean maySeeSheet(SheetKind kind, String author, boolean submitted) {
		return switch (this.role) {
			case CENTER, BUREAU -> true;
			case INSTITUTION -> kind == SheetKind.SELF || kind == SheetKind.DISTRICT && submitted;
			case DISTRICT -> kind == SheetKind.SELF && submitted || kind == SheetKind.DISTRICT;
			case EXPERT -> switch (kind) {
				case SELF, DISTRICT -> submitted;
				case EXPERT -> author.equals(this.username) || this.ownExpertSheetSubmitted && submitted;
				case PANEL -> true;
			};
			case SYSADMIN, SECADMIN, AUDITOR -> false;
		};
	}

	/**
	 * Evidence follows its sheet: whether the viewer sees a file attached to a sheet of
	 * this kind.
	 */
	public boolean maySeeEvidence(SheetKind kind, String uploadedBy) {
		return switch (this.role) {
			case CENTER, BUREAU -> true;
			case INSTITUTION -> kind == SheetKind.SELF;
			case DISTRICT -> kind == SheetKind.SELF || kind == SheetKind.DISTRICT;
			case EXPERT -> kind != SheetKind.EXPERT || uploadedBy.equals(this.username) || this.ownExpertSheetSubmitted;
			case SYSADMIN, SECADMIN, AUDITOR -> false;
		};
	}

}
