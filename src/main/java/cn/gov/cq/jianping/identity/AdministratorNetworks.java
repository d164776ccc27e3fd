package cn.gov.cq.jianping.identity;

import java.time.Clock;

import cn.gov.cq.jianping.audit.AuditLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The address allow-list of the three administrators (安全管理员 keeps it on the security
 * settings page): a login from outside it is refused like a wrong password, a session
 * whose request comes from outside is ended; both are recorded. The client address is the
 * one the servlet container reports, behind a proxy the forwarded one as far as
 * {@code server.forward-headers-strategy=native} trusts it.
 */
@Component
public class AdministratorNetworks {

	/** The login record of a right password refused for its address. */
	static final String ADDRESS_REFUSED = "ADDRESS_REFUSED";

	static final String OUTSIDE = "不在允许的地址范围";

	private final SecuritySettings settings;

	private final UserAccounts accounts;

	private final LoginRecords records;

	private final AuditLog audit;

	private final Clock clock;

	AdministratorNetworks(SecuritySettings settings, UserAccounts accounts, LoginRecords records, AuditLog audit,
			Clock clock) {
		this.settings = settings;
		this.accounts = accounts;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether this role may work from this address now (a query for administrators only).
	 */
	@Transactional(readOnly = true)
	public boolean allows(Role role, String address) {
		return !role.administrator() || this.settings.current().allowsAddress(role, address);
	}

	/**
	 * The password was right: whether the login may go on from this address; a refusal is
	 * recorded in the login records and the audit trail.
	 */
	@Transactional
	public boolean admitLogin(String username, String address) {
		Role role = this.accounts.findByUsername(username).map(UserAccount::getRole).orElse(null);
		if (role == null || allows(role, address)) {
			return true;
		}
		this.records.save(new LoginRecord(username, ADDRESS_REFUSED, address, this.clock.instant()));
		this.audit.record(new AuditLog.Actor(username, role.name(), address), "登录", "ACCOUNT", username,
				OUTSIDE + "（" + address + "），拒绝登录", AuditLog.Result.FAILURE);
		return false;
	}

	/**
	 * A signed-in administrator's request came from outside the list: the session ends.
	 */
	@Transactional
	public void sessionRefused(CurrentUser user, String address, String path) {
		this.audit.record(new AuditLog.Actor(user.getUsername(), user.role().name(), address), "会话结束", "ACCOUNT",
				user.getUsername(), OUTSIDE + "（" + address + "），请求 " + path + " 被拒绝，会话已结束", AuditLog.Result.FAILURE);
	}

}
