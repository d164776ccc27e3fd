package cn.gov.cq.jianping.institution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface Institutions extends Repository<Institution, Long>, JpaSpecificationExecutor<Institution> {

	Optional<Institution> findById(Long id);

	List<Institution> findByIdIn(Collection<Long> ids);

	Institution save(Institution institution);

	boolean existsByCreditCode(String creditCode);

	boolean existsByRegistrationNumber(String registrationNumber);

	Optional<Institution> findByCreditCode(String creditCode);

	Optional<Institution> findByRegistrationNumber(String registrationNumber);

	long count();

	@Override
	Page<Institution> findAll(Specification<Institution> spec, Pageable pageable);

	@Override
	List<Institution> findAll(Specification<Institution> spec, Sort sort);

}
