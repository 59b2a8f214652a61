/** The shared kernel's domain: plain Java types every module speaks (tenant, money, roles). */
package fr.unicamp.common.domain;
