package cn.gov.cq.jianping.supervision;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;

import org.springframework.stereotype.Component;

/**
 * Which institutions' supervision data a user may see, as {@link DataScope} decides it
 * from the institution's registered district. Lists read the registry once
 * ({@link #forList}); outside the scope a thing is answered as not found.
 */
@Component
class SupervisionScope {

	private final InstitutionRegistry registry;

	SupervisionScope(InstitutionRegistry registry) {
		this.registry = registry;
	}

	boolean includes(CurrentUser user, long institutionId) {
		DataScope scope = DataScope.of(user);
		if (scope.all() || scope.isNone() || scope.institutionId() != null) {
			return scope.includes(institutionId, null);
		}
		return this.registry.find(institutionId)
			.map(i -> scope.includes(institutionId, i.districtCode()))
			.orElse(false);
	}

	/**
	 * The scope of one user with every institution read in one query, for pages that list
	 * many.
	 */
	Listing forList(CurrentUser user) {
		return new Listing(DataScope.of(user),
				this.registry.all().stream().collect(Collectors.toMap(InstitutionView::id, Function.identity())));
	}

	/** A user's scope over the institutions read once. */
	record Listing(DataScope scope, Map<Long, InstitutionView> institutions) {

		boolean includes(long institutionId) {
			InstitutionView institution = this.institutions.get(institutionId);
			return institution != null && this.scope.includes(institutionId, institution.districtCode());
		}

		Optional<InstitutionView> institution(long institutionId) {
			return Optional.ofNullable(this.institutions.get(institutionId));
		}

		String nameOf(long institutionId) {
			return institution(institutionId).map(InstitutionView::name).orElse("");
		}

	}

}
