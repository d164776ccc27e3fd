package cn.gov.cq.jianping.renewal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.institution.RegistrationTerms;
import cn.gov.cq.jianping.renewal.model.RenewalFacts;
import cn.gov.cq.jianping.supervision.GradeManagement;
import cn.gov.cq.jianping.supervision.Rectifications;

import org.springframework.stereotype.Component;

/**
 * Gathers the facts the renewal rules need from the registry and supervision, and says
 * who may see and who may decide (the registering authority: the center for city
 * registrations, the district for its own).
 */
@Component
class RenewalBasis {

	private final InstitutionRegistry registry;

	private final GradeManagement grades;

	private final Rectifications rectifications;

	private final RegistrationTerms terms;

	RenewalBasis(InstitutionRegistry registry, GradeManagement grades, Rectifications rectifications,
			RegistrationTerms terms) {
		this.registry = registry;
		this.terms = terms;
		this.grades = grades;
		this.rectifications = rectifications;
	}

	InstitutionView institution(long institutionId) {
		return this.registry.find(institutionId).orElseThrow(() -> new RenewalNotFoundException("未找到机构"));
	}

	Map<Long, InstitutionView> institutions(Collection<Long> institutionIds) {
		return this.terms.findAll(institutionIds);
	}

	RenewalFacts facts(long institutionId, LocalDate today) {
		InstitutionView institution = institution(institutionId);
		Optional<GradeManagement.Standing> standing = this.grades.standing(institutionId);
		return new RenewalFacts(institution.status(), institution.expiresOn(),
				standing.map(GradeManagement.Standing::grade).orElse(null),
				standing.map(GradeManagement.Standing::roundYear).orElse(null),
				standing.map(GradeManagement.Standing::validUntil).orElse(null),
				this.rectifications.hasUnfinished(institutionId), today);
	}

	static boolean sees(CurrentUser user, long institutionId, String districtCode) {
		return DataScope.of(user).includes(institutionId, districtCode);
	}

	/**
	 * 备案机关: the center decides for the city, a district for the institutions it
	 * registered.
	 */
	static boolean decides(CurrentUser user, String districtCode) {
		if (districtCode == null) {
			return user.hasRole(Role.CENTER);
		}
		return user.hasRole(Role.DISTRICT) && districtCode.equals(user.districtCode());
	}

}
