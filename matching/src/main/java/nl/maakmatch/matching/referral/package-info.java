/**
 * Non-financial support to talk to beside the financing: the Smart Industry Fieldlabs, the TO2
 * knowledge institutions and the regional digital hubs the 2022 industry note names. Referrals are
 * advice, never money: they are not instruments and never enter a financing stack.
 */
package nl.maakmatch.matching.referral;
