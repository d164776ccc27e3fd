/**
 * Operability of the running system: health and readiness, metrics, request ids in the
 * logs, and the web basics (compression, versioned assets, error pages).
 */
package cn.gov.cq.jianping.system.observability;
