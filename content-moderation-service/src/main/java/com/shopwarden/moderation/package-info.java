/**
 * Content moderation: screens every video, livestream segment and listing, queues unclear cases for
 * human review and measures every strategy.
 */
package com.shopwarden.moderation;
