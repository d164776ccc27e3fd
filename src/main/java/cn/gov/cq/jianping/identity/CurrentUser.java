package cn.gov.cq.jianping.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user with the bindings that decide which data they may see.
 */
public final class CurrentUser implements UserDetails {

	private final long id;

	private final String username;

	private final String password;

	private final String displayName;

	private final Role role;

	private final Long institutionId;

	private final String districtCode;

	private final boolean locked;

	private final boolean enabled;

	CurrentUser(UserAccount account, boolean locked) {
		this(account.getId(), account.getUsername(), account.getPasswordHash(), account.getDisplayName(),
				account.getRole(), account.getInstitutionId(), account.getDistrictCode(), locked, account.isEnabled());
	}

	/** For tests and internal jobs: a user that exists only in memory. */
	public CurrentUser(long id, String username, String password, String displayName, Role role, Long institutionId,
			String districtCode, boolean locked, boolean enabled) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.displayName = displayName;
		this.role = role;
		this.institutionId = institutionId;
		this.districtCode = districtCode;
		this.locked = locked;
		this.enabled = enabled;
	}

	public static CurrentUser of(Role role, Long institutionId, String districtCode) {
		return new CurrentUser(0, role.name().toLowerCase(), "", role.label(), role, institutionId, districtCode, false,
				true);
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public boolean hasRole(Role candidate) {
		return this.role == candidate;
	}

	public Long institutionId() {
		return this.institutionId;
	}

	public String districtCode() {
		return this.districtCode;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
