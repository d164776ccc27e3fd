package cn.gov.cq.jianping.supervision.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionSearch;
import cn.gov.cq.jianping.institution.InstitutionView;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * What several supervision pages share: the institutions a user may choose and their
 * names.
 */
@Component
class Pages {

	private final InstitutionRegistry registry;

	Pages(InstitutionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * The institutions in the user's scope, by name: a district its own, the center and
	 * bureau all.
	 */
	List<InstitutionView> institutionsOf(CurrentUser user) {
		return this.registry.searchAll(user, InstitutionSearch.none(), Sort.by("name").and(Sort.by("id")));
	}

	/** Every institution's name by id, read in one query. */
	Map<Long, String> names() {
		return this.registry.all().stream().collect(Collectors.toMap(InstitutionView::id, InstitutionView::name));
	}

	static String nameIn(Map<Long, String> names, long institutionId) {
		return names.getOrDefault(institutionId, "机构 " + institutionId);
	}

	String nameOf(long institutionId) {
		return this.registry.find(institutionId).map(InstitutionView::name).orElse("机构 " + institutionId);
	}

	static boolean isStaff(CurrentUser user) {
		return user.hasRole(Role.CENTER) || user.hasRole(Role.BUREAU) || user.hasRole(Role.DISTRICT);
	}

}
