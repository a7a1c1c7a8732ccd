/**
 * A region's view over its firms' stored plans, for the advisers of its ROM: no aggregate of its
 * own, only what the matching says about the plans together (the policy what-if of issue #11).
 * {@link nl.maakmatch.domain.region.RegionAccess} decides who may ask.
 */
package nl.maakmatch.domain.region;
