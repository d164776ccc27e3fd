package cn.gov.cq.jianping.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface UserAccounts extends Repository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByRoleAscUsernameAsc();

	List<UserAccount> findByDisplayName(String displayName);

	UserAccount save(UserAccount account);

	long count();

}
