package cn.gov.cq.jianping.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;

import org.springframework.data.jpa.domain.Specification;

/**
 * The registry's searches as SQL predicates: the user's data scope and the search form.
 */
final class InstitutionSpecifications {

	private InstitutionSpecifications() {
	}

	/**
	 * The rows a scope may see, as a SQL predicate: no rows are loaded only to be
	 * dropped.
	 */
	static Specification<Institution> within(DataScope scope) {
		return (root, query, cb) -> {
			if (scope.all()) {
				return cb.conjunction();
			}
			if (scope.institutionId() != null) {
				return cb.equal(root.get("id"), scope.institutionId());
			}
			if (scope.districtCode() != null) {
				return cb.equal(root.get("districtCode"), scope.districtCode());
			}
			return cb.disjunction();
		};
	}

	static Specification<Institution> of(CurrentUser user, InstitutionSearch search) {
		return within(DataScope.of(user)).and(matching(search));
	}

	/** The search form's filters, without any data scope. */
	private static Specification<Institution> matching(InstitutionSearch search) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (search.q() != null && !search.q().isBlank()) {
				String like = "%" + search.q().trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
						+ "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
						cb.like(cb.lower(root.get("creditCode")), like, '\\')));
			}
			if (search.type() != null) {
				predicates.add(cb.equal(root.get("type"), search.type()));
			}
			if (search.district() != null && !search.district().isBlank()) {
				predicates.add(InstitutionForm.CITY.equals(search.district()) ? cb.isNull(root.get("districtCode"))
						: cb.equal(root.get("districtCode"), search.district()));
			}
			if (search.status() != null) {
				predicates.add(cb.equal(root.get("status"), search.status()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
