/** The investment plan to finance: purposes, amounts, start date, TRL and key technologies. */
package nl.maakmatch.matching.plan;
