/**
 * Pages of 分类监管: overview, rectification, bureau decisions, complaints, inspections and
 * draws, and the grade standing shown on the institution record page.
 */
package cn.gov.cq.jianping.supervision.web;
