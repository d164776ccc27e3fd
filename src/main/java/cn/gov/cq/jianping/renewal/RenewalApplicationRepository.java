package cn.gov.cq.jianping.renewal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RenewalApplicationRepository extends Repository<RenewalApplication, Long> {

	RenewalApplication save(RenewalApplication application);

	Optional<RenewalApplication> findById(Long id);

	List<RenewalApplication> findAllByOrderByIdDesc();

	List<RenewalApplication> findByInstitutionIdOrderByIdDesc(long institutionId);

	List<RenewalApplication> findByStatusOrderByIdAsc(RenewalApplication.Status status);

	boolean existsByInstitutionIdAndStatus(long institutionId, RenewalApplication.Status status);

}
