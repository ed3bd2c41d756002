/**
 * Rights holders, their marks and works, infringement notices, counter-notices with legal timers
 * and repeat infringers.
 */
package com.shopwarden.ipr;
