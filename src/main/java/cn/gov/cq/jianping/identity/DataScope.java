package cn.gov.cq.jianping.identity;

import java.util.Objects;

/**
 * Which institutions' data a user may see, decided once from the account's bindings: the
 * center and the bureau every institution, a district office those registered in its
 * district, an institution itself only. Experts see cases through their panels (decided
 * in evaluation), administrators no business data. Queries take {@link #all()},
 * {@link #districtCode()} and {@link #institutionId()} as parameters so the filter runs
 * in SQL; anything outside the scope is answered as not found.
 */
public record DataScope(boolean all, String districtCode, Long institutionId) {

	/** Nothing at all: the scope of experts (outside their panels) and administrators. */
	public static final DataScope NONE = new DataScope(false, null, null);

	/** Every institution: the center and the bureau, and the system acting for itself. */
	public static final DataScope EVERYTHING = new DataScope(true, null, null);

	public static DataScope of(CurrentUser user) {
		return switch (user.role()) {
			case CENTER, BUREAU -> EVERYTHING;
			case DISTRICT -> user.districtCode() == null ? NONE : new DataScope(false, user.districtCode(), null);
			case INSTITUTION -> user.institutionId() == null ? NONE : new DataScope(false, null, user.institutionId());
			case EXPERT, SYSADMIN, SECADMIN, AUDITOR -> NONE;
		};
	}

	/**
	 * Whether an institution with this id, registered in this district, lies inside the
	 * scope.
	 */
	public boolean includes(Long institutionId, String registeredDistrictCode) {
		if (this.all) {
			return true;
		}
		if (this.institutionId != null) {
			return Objects.equals(this.institutionId, institutionId);
		}
		return this.districtCode != null && Objects.equals(this.districtCode, registeredDistrictCode);
	}

	public boolean isNone() {
		return !this.all && this.districtCode == null && this.institutionId == null;
	}

	/**
	 * For SQL parameters: a value that matches no district when the scope is not a
	 * district one.
	 */
	public String districtCodeOrNone() {
		return this.districtCode == null ? "" : this.districtCode;
	}

	/**
	 * For SQL parameters: an id that matches no institution when the scope is not an
	 * institution's.
	 */
	public long institutionIdOrNone() {
		return this.institutionId == null ? -1L : this.institutionId;
	}

}
