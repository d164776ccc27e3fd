package cn.gov.cq.jianping.identity;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SecuritySettings extends Repository<SecuritySetting, Integer> {

	Optional<SecuritySetting> findById(Integer id);

	default SecuritySetting current() {
		return findById(1).orElseGet(SecuritySetting::defaults);
	}

}
