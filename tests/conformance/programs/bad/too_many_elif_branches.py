# expect-exit: 2 line: 1006
# Each elif nests one level deeper in the tree: a chain this long is refused, not a crash.
x = 3
if x == 0:
    pass
elif x == 1:
    print(1)
elif x == 2:
    print(2)
elif x == 3:
    print(3)
elif x == 4:
    print(4)
elif x == 5:
    print(5)
elif x == 6:
    print(6)
elif x == 7:
    print(7)
elif x == 8:
    print(8)
elif x == 9:
    print(9)
elif x == 10:
    print(10)
elif x == 11:
    print(11)
elif x == 12:
    print(12)
elif x == 13:
    print(13)
elif x == 14:
    print(14)
elif x == 15:
    print(15)
elif x == 16:
    print(16)
elif x == 17:
    print(17)
elif x == 18:
    print(18)
elif x == 19:
    print(19)
elif x == 20:
    print(20)
elif x == 21:
    print(21)
elif x == 22:
    print(22)
elif x == 23:
    print(23)
elif x == 24:
    print(24)
elif x == 25:
    print(25)
elif x == 26:
    print(26)
elif x == 27:
    print(27)
elif x == 28:
    print(28)
elif x == 29:
    print(29)
elif x == 30:
    print(30)
elif x == 31:
    print(31)
elif x == 32:
    print(32)
elif x == 33:
    print(33)
elif x == 34:
    print(34)
elif x == 35:
    print(35)
elif x == 36:
    print(36)
elif x == 37:
    print(37)
elif x == 38:
    print(38)
elif x == 39:
    print(39)
elif x == 40:
    print(40)
elif x == 41:
    print(41)
elif x == 42:
    print(42)
elif x == 43:
    print(43)
elif x == 44:
    print(44)
elif x == 45:
    print(45)
elif x == 46:
    print(46)
elif x == 47:
    print(47)
elif x == 48:
    print(48)
elif x == 49:
    print(49)
elif x == 50:
    print(50)
elif x == 51:
    print(51)
elif x == 52:
    print(52)
elif x == 53:
    print(53)
elif x == 54:
    print(54)
elif x == 55:
    print(55)
elif x == 56:
    print(56)
elif x == 57:
    print(57)
elif x == 58:
    print(58)
elif x == 59:
    print(59)
elif x == 60:
    print(60)
elif x == 61:
    print(61)
elif x == 62:
    print(62)
elif x == 63:
    print(63)
elif x == 64:
    print(64)
elif x == 65:
    print(65)
elif x == 66:
    print(66)
elif x == 67:
    print(67)
elif x == 68:
    print(68)
elif x == 69:
    print(69)
elif x == 70:
    print(70)
elif x == 71:
    print(71)
elif x == 72:
    print(72)
elif x == 73:
    print(73)
elif x == 74:
    print(74)
elif x == 75:
    print(75)
elif x == 76:
    print(76)
elif x == 77:
    print(77)
elif x == 78:
    print(78)
elif x == 79:
    print(79)
elif x == 80:
    print(80)
elif x == 81:
    print(81)
elif x == 82:
    print(82)
elif x == 83:
    print(83)
elif x == 84:
    print(84)
elif x == 85:
    print(85)
elif x == 86:
    print(86)
elif x == 87:
    print(87)
elif x == 88:
    print(88)
elif x == 89:
    print(89)
elif x == 90:
    print(90)
elif x == 91:
    print(91)
elif x == 92:
    print(92)
elif x == 93:
    print(93)
elif x == 94:
    print(94)
elif x == 95:
    print(95)
elif x == 96:
    print(96)
elif x == 97:
    print(97)
elif x == 98:
    print(98)
elif x == 99:
    print(99)
elif x == 100:
    print(100)
elif x == 101:
    print(101)
elif x == 102:
    print(102)
elif x == 103:
    print(103)
elif x == 104:
    print(104)
elif x == 105:
    print(105)
elif x == 106:
    print(106)
elif x == 107:
    print(107)
elif x == 108:
    print(108)
elif x == 109:
    print(109)
elif x == 110:
    print(110)
elif x == 111:
    print(111)
elif x == 112:
    print(112)
elif x == 113:
    print(113)
elif x == 114:
    print(114)
elif x == 115:
    print(115)
elif x == 116:
    print(116)
elif x == 117:
    print(117)
elif x == 118:
    print(118)
elif x == 119:
    print(119)
elif x == 120:
    print(120)
elif x == 121:
    print(121)
elif x == 122:
    print(122)
elif x == 123:
    print(123)
elif x == 124:
    print(124)
elif x == 125:
    print(125)
elif x == 126:
    print(126)
elif x == 127:
    print(127)
elif x == 128:
    print(128)
elif x == 129:
    print(129)
elif x == 130:
    print(130)
elif x == 131:
    print(131)
elif x == 132:
    print(132)
elif x == 133:
    print(133)
elif x == 134:
    print(134)
elif x == 135:
    print(135)
elif x == 136:
    print(136)
elif x == 137:
    print(137)
elif x == 138:
    print(138)
elif x == 139:
    print(139)
elif x == 140:
    print(140)
elif x == 141:
    print(141)
elif x == 142:
    print(142)
elif x == 143:
    print(143)
elif x == 144:
    print(144)
elif x == 145:
    print(145)
elif x == 146:
    print(146)
elif x == 147:
    print(147)
elif x == 148:
    print(148)
elif x == 149:
    print(149)
elif x == 150:
    print(150)
elif x == 151:
    print(151)
elif x == 152:
    print(152)
elif x == 153:
    print(153)
elif x == 154:
    print(154)
elif x == 155:
    print(155)
elif x == 156:
    print(156)
elif x == 157:
    print(157)
elif x == 158:
    print(158)
elif x == 159:
    print(159)
elif x == 160:
    print(160)
elif x == 161:
    print(161)
elif x == 162:
    print(162)
elif x == 163:
    print(163)
elif x == 164:
    print(164)
elif x == 165:
    print(165)
elif x == 166:
    print(166)
elif x == 167:
    print(167)
elif x == 168:
    print(168)
elif x == 169:
    print(169)
elif x == 170:
    print(170)
elif x == 171:
    print(171)
elif x == 172:
    print(172)
elif x == 173:
    print(173)
elif x == 174:
    print(174)
elif x == 175:
    print(175)
elif x == 176:
    print(176)
elif x == 177:
    print(177)
elif x == 178:
    print(178)
elif x == 179:
    print(179)
elif x == 180:
    print(180)
elif x == 181:
    print(181)
elif x == 182:
    print(182)
elif x == 183:
    print(183)
elif x == 184:
    print(184)
elif x == 185:
    print(185)
elif x == 186:
    print(186)
elif x == 187:
    print(187)
elif x == 188:
    print(188)
elif x == 189:
    print(189)
elif x == 190:
    print(190)
elif x == 191:
    print(191)
elif x == 192:
    print(192)
elif x == 193:
    print(193)
elif x == 194:
    print(194)
elif x == 195:
    print(195)
elif x == 196:
    print(196)
elif x == 197:
    print(197)
elif x == 198:
    print(198)
elif x == 199:
    print(199)
elif x == 200:
    print(200)
elif x == 201:
    print(201)
elif x == 202:
    print(202)
elif x == 203:
    print(203)
elif x == 204:
    print(204)
elif x == 205:
    print(205)
elif x == 206:
    print(206)
elif x == 207:
    print(207)
elif x == 208:
    print(208)
elif x == 209:
    print(209)
elif x == 210:
    print(210)
elif x == 211:
    print(211)
elif x == 212:
    print(212)
elif x == 213:
    print(213)
elif x == 214:
    print(214)
elif x == 215:
    print(215)
elif x == 216:
    print(216)
elif x == 217:
    print(217)
elif x == 218:
    print(218)
elif x == 219:
    print(219)
elif x == 220:
    print(220)
elif x == 221:
    print(221)
elif x == 222:
    print(222)
elif x == 223:
    print(223)
elif x == 224:
    print(224)
elif x == 225:
    print(225)
elif x == 226:
    print(226)
elif x == 227:
    print(227)
elif x == 228:
    print(228)
elif x == 229:
    print(229)
elif x == 230:
    print(230)
elif x == 231:
    print(231)
elif x == 232:
    print(232)
elif x == 233:
    print(233)
elif x == 234:
    print(234)
elif x == 235:
    print(235)
elif x == 236:
    print(236)
elif x == 237:
    print(237)
elif x == 238:
    print(238)
elif x == 239:
    print(239)
elif x == 240:
    print(240)
elif x == 241:
    print(241)
elif x == 242:
    print(242)
elif x == 243:
    print(243)
elif x == 244:
    print(244)
elif x == 245:
    print(245)
elif x == 246:
    print(246)
elif x == 247:
    print(247)
elif x == 248:
    print(248)
elif x == 249:
    print(249)
elif x == 250:
    print(250)
elif x == 251:
    print(251)
elif x == 252:
    print(252)
elif x == 253:
    print(253)
elif x == 254:
    print(254)
elif x == 255:
    print(255)
elif x == 256:
    print(256)
elif x == 257:
    print(257)
elif x == 258:
    print(258)
elif x == 259:
    print(259)
elif x == 260:
    print(260)
elif x == 261:
    print(261)
elif x == 262:
    print(262)
elif x == 263:
    print(263)
elif x == 264:
    print(264)
elif x == 265:
    print(265)
elif x == 266:
    print(266)
elif x == 267:
    print(267)
elif x == 268:
    print(268)
elif x == 269:
    print(269)
elif x == 270:
    print(270)
elif x == 271:
    print(271)
elif x == 272:
    print(272)
elif x == 273:
    print(273)
elif x == 274:
    print(274)
elif x == 275:
    print(275)
elif x == 276:
    print(276)
elif x == 277:
    print(277)
elif x == 278:
    print(278)
elif x == 279:
    print(279)
elif x == 280:
    print(280)
elif x == 281:
    print(281)
elif x == 282:
    print(282)
elif x == 283:
    print(283)
elif x == 284:
    print(284)
elif x == 285:
    print(285)
elif x == 286:
    print(286)
elif x == 287:
    print(287)
elif x == 288:
    print(288)
elif x == 289:
    print(289)
elif x == 290:
    print(290)
elif x == 291:
    print(291)
elif x == 292:
    print(292)
elif x == 293:
    print(293)
elif x == 294:
    print(294)
elif x == 295:
    print(295)
elif x == 296:
    print(296)
elif x == 297:
    print(297)
elif x == 298:
    print(298)
elif x == 299:
    print(299)
elif x == 300:
    print(300)
elif x == 301:
    print(301)
elif x == 302:
    print(302)
elif x == 303:
    print(303)
elif x == 304:
    print(304)
elif x == 305:
    print(305)
elif x == 306:
    print(306)
elif x == 307:
    print(307)
elif x == 308:
    print(308)
elif x == 309:
    print(309)
elif x == 310:
    print(310)
elif x == 311:
    print(311)
elif x == 312:
    print(312)
elif x == 313:
    print(313)
elif x == 314:
    print(314)
elif x == 315:
    print(315)
elif x == 316:
    print(316)
elif x == 317:
    print(317)
elif x == 318:
    print(318)
elif x == 319:
    print(319)
elif x == 320:
    print(320)
elif x == 321:
    print(321)
elif x == 322:
    print(322)
elif x == 323:
    print(323)
elif x == 324:
    print(324)
elif x == 325:
    print(325)
elif x == 326:
    print(326)
elif x == 327:
    print(327)
elif x == 328:
    print(328)
elif x == 329:
    print(329)
elif x == 330:
    print(330)
elif x == 331:
    print(331)
elif x == 332:
    print(332)
elif x == 333:
    print(333)
elif x == 334:
    print(334)
elif x == 335:
    print(335)
elif x == 336:
    print(336)
elif x == 337:
    print(337)
elif x == 338:
    print(338)
elif x == 339:
    print(339)
elif x == 340:
    print(340)
elif x == 341:
    print(341)
elif x == 342:
    print(342)
elif x == 343:
    print(343)
elif x == 344:
    print(344)
elif x == 345:
    print(345)
elif x == 346:
    print(346)
elif x == 347:
    print(347)
elif x == 348:
    print(348)
elif x == 349:
    print(349)
elif x == 350:
    print(350)
elif x == 351:
    print(351)
elif x == 352:
    print(352)
elif x == 353:
    print(353)
elif x == 354:
    print(354)
elif x == 355:
    print(355)
elif x == 356:
    print(356)
elif x == 357:
    print(357)
elif x == 358:
    print(358)
elif x == 359:
    print(359)
elif x == 360:
    print(360)
elif x == 361:
    print(361)
elif x == 362:
    print(362)
elif x == 363:
    print(363)
elif x == 364:
    print(364)
elif x == 365:
    print(365)
elif x == 366:
    print(366)
elif x == 367:
    print(367)
elif x == 368:
    print(368)
elif x == 369:
    print(369)
elif x == 370:
    print(370)
elif x == 371:
    print(371)
elif x == 372:
    print(372)
elif x == 373:
    print(373)
elif x == 374:
    print(374)
elif x == 375:
    print(375)
elif x == 376:
    print(376)
elif x == 377:
    print(377)
elif x == 378:
    print(378)
elif x == 379:
    print(379)
elif x == 380:
    print(380)
elif x == 381:
    print(381)
elif x == 382:
    print(382)
elif x == 383:
    print(383)
elif x == 384:
    print(384)
elif x == 385:
    print(385)
elif x == 386:
    print(386)
elif x == 387:
    print(387)
elif x == 388:
    print(388)
elif x == 389:
    print(389)
elif x == 390:
    print(390)
elif x == 391:
    print(391)
elif x == 392:
    print(392)
elif x == 393:
    print(393)
elif x == 394:
    print(394)
elif x == 395:
    print(395)
elif x == 396:
    print(396)
elif x == 397:
    print(397)
elif x == 398:
    print(398)
elif x == 399:
    print(399)
elif x == 400:
    print(400)
elif x == 401:
    print(401)
elif x == 402:
    print(402)
elif x == 403:
    print(403)
elif x == 404:
    print(404)
elif x == 405:
    print(405)
elif x == 406:
    print(406)
elif x == 407:
    print(407)
elif x == 408:
    print(408)
elif x == 409:
    print(409)
elif x == 410:
    print(410)
elif x == 411:
    print(411)
elif x == 412:
    print(412)
elif x == 413:
    print(413)
elif x == 414:
    print(414)
elif x == 415:
    print(415)
elif x == 416:
    print(416)
elif x == 417:
    print(417)
elif x == 418:
    print(418)
elif x == 419:
    print(419)
elif x == 420:
    print(420)
elif x == 421:
    print(421)
elif x == 422:
    print(422)
elif x == 423:
    print(423)
elif x == 424:
    print(424)
elif x == 425:
    print(425)
elif x == 426:
    print(426)
elif x == 427:
    print(427)
elif x == 428:
    print(428)
elif x == 429:
    print(429)
elif x == 430:
    print(430)
elif x == 431:
    print(431)
elif x == 432:
    print(432)
elif x == 433:
    print(433)
elif x == 434:
    print(434)
elif x == 435:
    print(435)
elif x == 436:
    print(436)
elif x == 437:
    print(437)
elif x == 438:
    print(438)
elif x == 439:
    print(439)
elif x == 440:
    print(440)
elif x == 441:
    print(441)
elif x == 442:
    print(442)
elif x == 443:
    print(443)
elif x == 444:
    print(444)
elif x == 445:
    print(445)
elif x == 446:
    print(446)
elif x == 447:
    print(447)
elif x == 448:
    print(448)
elif x == 449:
    print(449)
elif x == 450:
    print(450)
elif x == 451:
    print(451)
elif x == 452:
    print(452)
elif x == 453:
    print(453)
elif x == 454:
    print(454)
elif x == 455:
    print(455)
elif x == 456:
    print(456)
elif x == 457:
    print(457)
elif x == 458:
    print(458)
elif x == 459:
    print(459)
elif x == 460:
    print(460)
elif x == 461:
    print(461)
elif x == 462:
    print(462)
elif x == 463:
    print(463)
elif x == 464:
    print(464)
elif x == 465:
    print(465)
elif x == 466:
    print(466)
elif x == 467:
    print(467)
elif x == 468:
    print(468)
elif x == 469:
    print(469)
elif x == 470:
    print(470)
elif x == 471:
    print(471)
elif x == 472:
    print(472)
elif x == 473:
    print(473)
elif x == 474:
    print(474)
elif x == 475:
    print(475)
elif x == 476:
    print(476)
elif x == 477:
    print(477)
elif x == 478:
    print(478)
elif x == 479:
    print(479)
elif x == 480:
    print(480)
elif x == 481:
    print(481)
elif x == 482:
    print(482)
elif x == 483:
    print(483)
elif x == 484:
    print(484)
elif x == 485:
    print(485)
elif x == 486:
    print(486)
elif x == 487:
    print(487)
elif x == 488:
    print(488)
elif x == 489:
    print(489)
elif x == 490:
    print(490)
elif x == 491:
    print(491)
elif x == 492:
    print(492)
elif x == 493:
    print(493)
elif x == 494:
    print(494)
elif x == 495:
    print(495)
elif x == 496:
    print(496)
elif x == 497:
    print(497)
elif x == 498:
    print(498)
elif x == 499:
    print(499)
elif x == 500:
    print(500)
elif x == 501:
    print(501)
elif x == 502:
    print(502)
elif x == 503:
    print(503)
elif x == 504:
    print(504)
elif x == 505:
    print(505)
elif x == 506:
    print(506)
elif x == 507:
    print(507)
elif x == 508:
    print(508)
elif x == 509:
    print(509)
elif x == 510:
    print(510)
elif x == 511:
    print(511)
elif x == 512:
    print(512)
elif x == 513:
    print(513)
elif x == 514:
    print(514)
elif x == 515:
    print(515)
elif x == 516:
    print(516)
elif x == 517:
    print(517)
elif x == 518:
    print(518)
elif x == 519:
    print(519)
elif x == 520:
    print(520)
elif x == 521:
    print(521)
elif x == 522:
    print(522)
elif x == 523:
    print(523)
elif x == 524:
    print(524)
elif x == 525:
    print(525)
elif x == 526:
    print(526)
elif x == 527:
    print(527)
elif x == 528:
    print(528)
elif x == 529:
    print(529)
elif x == 530:
    print(530)
elif x == 531:
    print(531)
elif x == 532:
    print(532)
elif x == 533:
    print(533)
elif x == 534:
    print(534)
elif x == 535:
    print(535)
elif x == 536:
    print(536)
elif x == 537:
    print(537)
elif x == 538:
    print(538)
elif x == 539:
    print(539)
elif x == 540:
    print(540)
elif x == 541:
    print(541)
elif x == 542:
    print(542)
elif x == 543:
    print(543)
elif x == 544:
    print(544)
elif x == 545:
    print(545)
elif x == 546:
    print(546)
elif x == 547:
    print(547)
elif x == 548:
    print(548)
elif x == 549:
    print(549)
elif x == 550:
    print(550)
elif x == 551:
    print(551)
elif x == 552:
    print(552)
elif x == 553:
    print(553)
elif x == 554:
    print(554)
elif x == 555:
    print(555)
elif x == 556:
    print(556)
elif x == 557:
    print(557)
elif x == 558:
    print(558)
elif x == 559:
    print(559)
elif x == 560:
    print(560)
elif x == 561:
    print(561)
elif x == 562:
    print(562)
elif x == 563:
    print(563)
elif x == 564:
    print(564)
elif x == 565:
    print(565)
elif x == 566:
    print(566)
elif x == 567:
    print(567)
elif x == 568:
    print(568)
elif x == 569:
    print(569)
elif x == 570:
    print(570)
elif x == 571:
    print(571)
elif x == 572:
    print(572)
elif x == 573:
    print(573)
elif x == 574:
    print(574)
elif x == 575:
    print(575)
elif x == 576:
    print(576)
elif x == 577:
    print(577)
elif x == 578:
    print(578)
elif x == 579:
    print(579)
elif x == 580:
    print(580)
elif x == 581:
    print(581)
elif x == 582:
    print(582)
elif x == 583:
    print(583)
elif x == 584:
    print(584)
elif x == 585:
    print(585)
elif x == 586:
    print(586)
elif x == 587:
    print(587)
elif x == 588:
    print(588)
elif x == 589:
    print(589)
elif x == 590:
    print(590)
elif x == 591:
    print(591)
elif x == 592:
    print(592)
elif x == 593:
    print(593)
elif x == 594:
    print(594)
elif x == 595:
    print(595)
elif x == 596:
    print(596)
elif x == 597:
    print(597)
elif x == 598:
    print(598)
elif x == 599:
    print(599)
elif x == 600:
    print(600)
elif x == 601:
    print(601)
elif x == 602:
    print(602)
elif x == 603:
    print(603)
elif x == 604:
    print(604)
elif x == 605:
    print(605)
elif x == 606:
    print(606)
elif x == 607:
    print(607)
elif x == 608:
    print(608)
elif x == 609:
    print(609)
elif x == 610:
    print(610)
elif x == 611:
    print(611)
elif x == 612:
    print(612)
elif x == 613:
    print(613)
elif x == 614:
    print(614)
elif x == 615:
    print(615)
elif x == 616:
    print(616)
elif x == 617:
    print(617)
elif x == 618:
    print(618)
elif x == 619:
    print(619)
elif x == 620:
    print(620)
elif x == 621:
    print(621)
elif x == 622:
    print(622)
elif x == 623:
    print(623)
elif x == 624:
    print(624)
elif x == 625:
    print(625)
elif x == 626:
    print(626)
elif x == 627:
    print(627)
elif x == 628:
    print(628)
elif x == 629:
    print(629)
elif x == 630:
    print(630)
elif x == 631:
    print(631)
elif x == 632:
    print(632)
elif x == 633:
    print(633)
elif x == 634:
    print(634)
elif x == 635:
    print(635)
elif x == 636:
    print(636)
elif x == 637:
    print(637)
elif x == 638:
    print(638)
elif x == 639:
    print(639)
elif x == 640:
    print(640)
elif x == 641:
    print(641)
elif x == 642:
    print(642)
elif x == 643:
    print(643)
elif x == 644:
    print(644)
elif x == 645:
    print(645)
elif x == 646:
    print(646)
elif x == 647:
    print(647)
elif x == 648:
    print(648)
elif x == 649:
    print(649)
elif x == 650:
    print(650)
elif x == 651:
    print(651)
elif x == 652:
    print(652)
elif x == 653:
    print(653)
elif x == 654:
    print(654)
elif x == 655:
    print(655)
elif x == 656:
    print(656)
elif x == 657:
    print(657)
elif x == 658:
    print(658)
elif x == 659:
    print(659)
elif x == 660:
    print(660)
elif x == 661:
    print(661)
elif x == 662:
    print(662)
elif x == 663:
    print(663)
elif x == 664:
    print(664)
elif x == 665:
    print(665)
elif x == 666:
    print(666)
elif x == 667:
    print(667)
elif x == 668:
    print(668)
elif x == 669:
    print(669)
elif x == 670:
    print(670)
elif x == 671:
    print(671)
elif x == 672:
    print(672)
elif x == 673:
    print(673)
elif x == 674:
    print(674)
elif x == 675:
    print(675)
elif x == 676:
    print(676)
elif x == 677:
    print(677)
elif x == 678:
    print(678)
elif x == 679:
    print(679)
elif x == 680:
    print(680)
elif x == 681:
    print(681)
elif x == 682:
    print(682)
elif x == 683:
    print(683)
elif x == 684:
    print(684)
elif x == 685:
    print(685)
elif x == 686:
    print(686)
elif x == 687:
    print(687)
elif x == 688:
    print(688)
elif x == 689:
    print(689)
elif x == 690:
    print(690)
elif x == 691:
    print(691)
elif x == 692:
    print(692)
elif x == 693:
    print(693)
elif x == 694:
    print(694)
elif x == 695:
    print(695)
elif x == 696:
    print(696)
elif x == 697:
    print(697)
elif x == 698:
    print(698)
elif x == 699:
    print(699)
elif x == 700:
    print(700)
elif x == 701:
    print(701)
elif x == 702:
    print(702)
elif x == 703:
    print(703)
elif x == 704:
    print(704)
elif x == 705:
    print(705)
elif x == 706:
    print(706)
elif x == 707:
    print(707)
elif x == 708:
    print(708)
elif x == 709:
    print(709)
elif x == 710:
    print(710)
elif x == 711:
    print(711)
elif x == 712:
    print(712)
elif x == 713:
    print(713)
elif x == 714:
    print(714)
elif x == 715:
    print(715)
elif x == 716:
    print(716)
elif x == 717:
    print(717)
elif x == 718:
    print(718)
elif x == 719:
    print(719)
elif x == 720:
    print(720)
elif x == 721:
    print(721)
elif x == 722:
    print(722)
elif x == 723:
    print(723)
elif x == 724:
    print(724)
elif x == 725:
    print(725)
elif x == 726:
    print(726)
elif x == 727:
    print(727)
elif x == 728:
    print(728)
elif x == 729:
    print(729)
elif x == 730:
    print(730)
elif x == 731:
    print(731)
elif x == 732:
    print(732)
elif x == 733:
    print(733)
elif x == 734:
    print(734)
elif x == 735:
    print(735)
elif x == 736:
    print(736)
elif x == 737:
    print(737)
elif x == 738:
    print(738)
elif x == 739:
    print(739)
elif x == 740:
    print(740)
elif x == 741:
    print(741)
elif x == 742:
    print(742)
elif x == 743:
    print(743)
elif x == 744:
    print(744)
elif x == 745:
    print(745)
elif x == 746:
    print(746)
elif x == 747:
    print(747)
elif x == 748:
    print(748)
elif x == 749:
    print(749)
elif x == 750:
    print(750)
elif x == 751:
    print(751)
elif x == 752:
    print(752)
elif x == 753:
    print(753)
elif x == 754:
    print(754)
elif x == 755:
    print(755)
elif x == 756:
    print(756)
elif x == 757:
    print(757)
elif x == 758:
    print(758)
elif x == 759:
    print(759)
elif x == 760:
    print(760)
elif x == 761:
    print(761)
elif x == 762:
    print(762)
elif x == 763:
    print(763)
elif x == 764:
    print(764)
elif x == 765:
    print(765)
elif x == 766:
    print(766)
elif x == 767:
    print(767)
elif x == 768:
    print(768)
elif x == 769:
    print(769)
elif x == 770:
    print(770)
elif x == 771:
    print(771)
elif x == 772:
    print(772)
elif x == 773:
    print(773)
elif x == 774:
    print(774)
elif x == 775:
    print(775)
elif x == 776:
    print(776)
elif x == 777:
    print(777)
elif x == 778:
    print(778)
elif x == 779:
    print(779)
elif x == 780:
    print(780)
elif x == 781:
    print(781)
elif x == 782:
    print(782)
elif x == 783:
    print(783)
elif x == 784:
    print(784)
elif x == 785:
    print(785)
elif x == 786:
    print(786)
elif x == 787:
    print(787)
elif x == 788:
    print(788)
elif x == 789:
    print(789)
elif x == 790:
    print(790)
elif x == 791:
    print(791)
elif x == 792:
    print(792)
elif x == 793:
    print(793)
elif x == 794:
    print(794)
elif x == 795:
    print(795)
elif x == 796:
    print(796)
elif x == 797:
    print(797)
elif x == 798:
    print(798)
elif x == 799:
    print(799)
elif x == 800:
    print(800)
elif x == 801:
    print(801)
elif x == 802:
    print(802)
elif x == 803:
    print(803)
elif x == 804:
    print(804)
elif x == 805:
    print(805)
elif x == 806:
    print(806)
elif x == 807:
    print(807)
elif x == 808:
    print(808)
elif x == 809:
    print(809)
elif x == 810:
    print(810)
elif x == 811:
    print(811)
elif x == 812:
    print(812)
elif x == 813:
    print(813)
elif x == 814:
    print(814)
elif x == 815:
    print(815)
elif x == 816:
    print(816)
elif x == 817:
    print(817)
elif x == 818:
    print(818)
elif x == 819:
    print(819)
elif x == 820:
    print(820)
elif x == 821:
    print(821)
elif x == 822:
    print(822)
elif x == 823:
    print(823)
elif x == 824:
    print(824)
elif x == 825:
    print(825)
elif x == 826:
    print(826)
elif x == 827:
    print(827)
elif x == 828:
    print(828)
elif x == 829:
    print(829)
elif x == 830:
    print(830)
elif x == 831:
    print(831)
elif x == 832:
    print(832)
elif x == 833:
    print(833)
elif x == 834:
    print(834)
elif x == 835:
    print(835)
elif x == 836:
    print(836)
elif x == 837:
    print(837)
elif x == 838:
    print(838)
elif x == 839:
    print(839)
elif x == 840:
    print(840)
elif x == 841:
    print(841)
elif x == 842:
    print(842)
elif x == 843:
    print(843)
elif x == 844:
    print(844)
elif x == 845:
    print(845)
elif x == 846:
    print(846)
elif x == 847:
    print(847)
elif x == 848:
    print(848)
elif x == 849:
    print(849)
elif x == 850:
    print(850)
elif x == 851:
    print(851)
elif x == 852:
    print(852)
elif x == 853:
    print(853)
elif x == 854:
    print(854)
elif x == 855:
    print(855)
elif x == 856:
    print(856)
elif x == 857:
    print(857)
elif x == 858:
    print(858)
elif x == 859:
    print(859)
elif x == 860:
    print(860)
elif x == 861:
    print(861)
elif x == 862:
    print(862)
elif x == 863:
    print(863)
elif x == 864:
    print(864)
elif x == 865:
    print(865)
elif x == 866:
    print(866)
elif x == 867:
    print(867)
elif x == 868:
    print(868)
elif x == 869:
    print(869)
elif x == 870:
    print(870)
elif x == 871:
    print(871)
elif x == 872:
    print(872)
elif x == 873:
    print(873)
elif x == 874:
    print(874)
elif x == 875:
    print(875)
elif x == 876:
    print(876)
elif x == 877:
    print(877)
elif x == 878:
    print(878)
elif x == 879:
    print(879)
elif x == 880:
    print(880)
elif x == 881:
    print(881)
elif x == 882:
    print(882)
elif x == 883:
    print(883)
elif x == 884:
    print(884)
elif x == 885:
    print(885)
elif x == 886:
    print(886)
elif x == 887:
    print(887)
elif x == 888:
    print(888)
elif x == 889:
    print(889)
elif x == 890:
    print(890)
elif x == 891:
    print(891)
elif x == 892:
    print(892)
elif x == 893:
    print(893)
elif x == 894:
    print(894)
elif x == 895:
    print(895)
elif x == 896:
    print(896)
elif x == 897:
    print(897)
elif x == 898:
    print(898)
elif x == 899:
    print(899)
elif x == 900:
    print(900)
elif x == 901:
    print(901)
elif x == 902:
    print(902)
elif x == 903:
    print(903)
elif x == 904:
    print(904)
elif x == 905:
    print(905)
elif x == 906:
    print(906)
elif x == 907:
    print(907)
elif x == 908:
    print(908)
elif x == 909:
    print(909)
elif x == 910:
    print(910)
elif x == 911:
    print(911)
elif x == 912:
    print(912)
elif x == 913:
    print(913)
elif x == 914:
    print(914)
elif x == 915:
    print(915)
elif x == 916:
    print(916)
elif x == 917:
    print(917)
elif x == 918:
    print(918)
elif x == 919:
    print(919)
elif x == 920:
    print(920)
elif x == 921:
    print(921)
elif x == 922:
    print(922)
elif x == 923:
    print(923)
elif x == 924:
    print(924)
elif x == 925:
    print(925)
elif x == 926:
    print(926)
elif x == 927:
    print(927)
elif x == 928:
    print(928)
elif x == 929:
    print(929)
elif x == 930:
    print(930)
elif x == 931:
    print(931)
elif x == 932:
    print(932)
elif x == 933:
    print(933)
elif x == 934:
    print(934)
elif x == 935:
    print(935)
elif x == 936:
    print(936)
elif x == 937:
    print(937)
elif x == 938:
    print(938)
elif x == 939:
    print(939)
elif x == 940:
    print(940)
elif x == 941:
    print(941)
elif x == 942:
    print(942)
elif x == 943:
    print(943)
elif x == 944:
    print(944)
elif x == 945:
    print(945)
elif x == 946:
    print(946)
elif x == 947:
    print(947)
elif x == 948:
    print(948)
elif x == 949:
    print(949)
elif x == 950:
    print(950)
elif x == 951:
    print(951)
elif x == 952:
    print(952)
elif x == 953:
    print(953)
elif x == 954:
    print(954)
elif x == 955:
    print(955)
elif x == 956:
    print(956)
elif x == 957:
    print(957)
elif x == 958:
    print(958)
elif x == 959:
    print(959)
elif x == 960:
    print(960)
elif x == 961:
    print(961)
elif x == 962:
    print(962)
elif x == 963:
    print(963)
elif x == 964:
    print(964)
elif x == 965:
    print(965)
elif x == 966:
    print(966)
elif x == 967:
    print(967)
elif x == 968:
    print(968)
elif x == 969:
    print(969)
elif x == 970:
    print(970)
elif x == 971:
    print(971)
elif x == 972:
    print(972)
elif x == 973:
    print(973)
elif x == 974:
    print(974)
elif x == 975:
    print(975)
elif x == 976:
    print(976)
elif x == 977:
    print(977)
elif x == 978:
    print(978)
elif x == 979:
    print(979)
elif x == 980:
    print(980)
elif x == 981:
    print(981)
elif x == 982:
    print(982)
elif x == 983:
    print(983)
elif x == 984:
    print(984)
elif x == 985:
    print(985)
elif x == 986:
    print(986)
elif x == 987:
    print(987)
elif x == 988:
    print(988)
elif x == 989:
    print(989)
elif x == 990:
    print(990)
elif x == 991:
    print(991)
elif x == 992:
    print(992)
elif x == 993:
    print(993)
elif x == 994:
    print(994)
elif x == 995:
    print(995)
elif x == 996:
    print(996)
elif x == 997:
    print(997)
elif x == 998:
    print(998)
elif x == 999:
    print(999)
elif x == 1000:
    print(1000)
elif x == 1001:
    print(1001)
elif x == 1002:
    print(1002)
elif x == 1003:
    print(1003)
elif x == 1004:
    print(1004)
elif x == 1005:
    print(1005)
elif x == 1006:
    print(1006)
elif x == 1007:
    print(1007)
elif x == 1008:
    print(1008)
elif x == 1009:
    print(1009)
elif x == 1010:
    print(1010)
elif x == 1011:
    print(1011)
elif x == 1012:
    print(1012)
elif x == 1013:
    print(1013)
elif x == 1014:
    print(1014)
elif x == 1015:
    print(1015)
elif x == 1016:
    print(1016)
elif x == 1017:
    print(1017)
elif x == 1018:
    print(1018)
elif x == 1019:
    print(1019)
elif x == 1020:
    print(1020)
elif x == 1021:
    print(1021)
elif x == 1022:
    print(1022)
elif x == 1023:
    print(1023)
elif x == 1024:
    print(1024)
elif x == 1025:
    print(1025)
elif x == 1026:
    print(1026)
elif x == 1027:
    print(1027)
elif x == 1028:
    print(1028)
elif x == 1029:
    print(1029)
elif x == 1030:
    print(1030)
elif x == 1031:
    print(1031)
elif x == 1032:
    print(1032)
elif x == 1033:
    print(1033)
elif x == 1034:
    print(1034)
elif x == 1035:
    print(1035)
elif x == 1036:
    print(1036)
elif x == 1037:
    print(1037)
elif x == 1038:
    print(1038)
elif x == 1039:
    print(1039)
elif x == 1040:
    print(1040)
elif x == 1041:
    print(1041)
elif x == 1042:
    print(1042)
elif x == 1043:
    print(1043)
elif x == 1044:
    print(1044)
elif x == 1045:
    print(1045)
elif x == 1046:
    print(1046)
elif x == 1047:
    print(1047)
elif x == 1048:
    print(1048)
elif x == 1049:
    print(1049)
elif x == 1050:
    print(1050)
elif x == 1051:
    print(1051)
elif x == 1052:
    print(1052)
elif x == 1053:
    print(1053)
elif x == 1054:
    print(1054)
elif x == 1055:
    print(1055)
elif x == 1056:
    print(1056)
elif x == 1057:
    print(1057)
elif x == 1058:
    print(1058)
elif x == 1059:
    print(1059)
elif x == 1060:
    print(1060)
elif x == 1061:
    print(1061)
elif x == 1062:
    print(1062)
elif x == 1063:
    print(1063)
elif x == 1064:
    print(1064)
elif x == 1065:
    print(1065)
elif x == 1066:
    print(1066)
elif x == 1067:
    print(1067)
elif x == 1068:
    print(1068)
elif x == 1069:
    print(1069)
elif x == 1070:
    print(1070)
elif x == 1071:
    print(1071)
elif x == 1072:
    print(1072)
elif x == 1073:
    print(1073)
elif x == 1074:
    print(1074)
elif x == 1075:
    print(1075)
elif x == 1076:
    print(1076)
elif x == 1077:
    print(1077)
elif x == 1078:
    print(1078)
elif x == 1079:
    print(1079)
elif x == 1080:
    print(1080)
elif x == 1081:
    print(1081)
elif x == 1082:
    print(1082)
elif x == 1083:
    print(1083)
elif x == 1084:
    print(1084)
elif x == 1085:
    print(1085)
elif x == 1086:
    print(1086)
elif x == 1087:
    print(1087)
elif x == 1088:
    print(1088)
elif x == 1089:
    print(1089)
elif x == 1090:
    print(1090)
elif x == 1091:
    print(1091)
elif x == 1092:
    print(1092)
elif x == 1093:
    print(1093)
elif x == 1094:
    print(1094)
elif x == 1095:
    print(1095)
elif x == 1096:
    print(1096)
elif x == 1097:
    print(1097)
elif x == 1098:
    print(1098)
elif x == 1099:
    print(1099)
elif x == 1100:
    print(1100)
elif x == 1101:
    print(1101)
elif x == 1102:
    print(1102)
elif x == 1103:
    print(1103)
elif x == 1104:
    print(1104)
elif x == 1105:
    print(1105)
elif x == 1106:
    print(1106)
elif x == 1107:
    print(1107)
elif x == 1108:
    print(1108)
elif x == 1109:
    print(1109)
elif x == 1110:
    print(1110)
elif x == 1111:
    print(1111)
elif x == 1112:
    print(1112)
elif x == 1113:
    print(1113)
elif x == 1114:
    print(1114)
elif x == 1115:
    print(1115)
elif x == 1116:
    print(1116)
elif x == 1117:
    print(1117)
elif x == 1118:
    print(1118)
elif x == 1119:
    print(1119)
elif x == 1120:
    print(1120)
elif x == 1121:
    print(1121)
elif x == 1122:
    print(1122)
elif x == 1123:
    print(1123)
elif x == 1124:
    print(1124)
elif x == 1125:
    print(1125)
elif x == 1126:
    print(1126)
elif x == 1127:
    print(1127)
elif x == 1128:
    print(1128)
elif x == 1129:
    print(1129)
elif x == 1130:
    print(1130)
elif x == 1131:
    print(1131)
elif x == 1132:
    print(1132)
elif x == 1133:
    print(1133)
elif x == 1134:
    print(1134)
elif x == 1135:
    print(1135)
elif x == 1136:
    print(1136)
elif x == 1137:
    print(1137)
elif x == 1138:
    print(1138)
elif x == 1139:
    print(1139)
elif x == 1140:
    print(1140)
elif x == 1141:
    print(1141)
elif x == 1142:
    print(1142)
elif x == 1143:
    print(1143)
elif x == 1144:
    print(1144)
elif x == 1145:
    print(1145)
elif x == 1146:
    print(1146)
elif x == 1147:
    print(1147)
elif x == 1148:
    print(1148)
elif x == 1149:
    print(1149)
elif x == 1150:
    print(1150)
elif x == 1151:
    print(1151)
elif x == 1152:
    print(1152)
elif x == 1153:
    print(1153)
elif x == 1154:
    print(1154)
elif x == 1155:
    print(1155)
elif x == 1156:
    print(1156)
elif x == 1157:
    print(1157)
elif x == 1158:
    print(1158)
elif x == 1159:
    print(1159)
elif x == 1160:
    print(1160)
elif x == 1161:
    print(1161)
elif x == 1162:
    print(1162)
elif x == 1163:
    print(1163)
elif x == 1164:
    print(1164)
elif x == 1165:
    print(1165)
elif x == 1166:
    print(1166)
elif x == 1167:
    print(1167)
elif x == 1168:
    print(1168)
elif x == 1169:
    print(1169)
elif x == 1170:
    print(1170)
elif x == 1171:
    print(1171)
elif x == 1172:
    print(1172)
elif x == 1173:
    print(1173)
elif x == 1174:
    print(1174)
elif x == 1175:
    print(1175)
elif x == 1176:
    print(1176)
elif x == 1177:
    print(1177)
elif x == 1178:
    print(1178)
elif x == 1179:
    print(1179)
elif x == 1180:
    print(1180)
elif x == 1181:
    print(1181)
elif x == 1182:
    print(1182)
elif x == 1183:
    print(1183)
elif x == 1184:
    print(1184)
elif x == 1185:
    print(1185)
elif x == 1186:
    print(1186)
elif x == 1187:
    print(1187)
elif x == 1188:
    print(1188)
elif x == 1189:
    print(1189)
elif x == 1190:
    print(1190)
elif x == 1191:
    print(1191)
elif x == 1192:
    print(1192)
elif x == 1193:
    print(1193)
elif x == 1194:
    print(1194)
elif x == 1195:
    print(1195)
elif x == 1196:
    print(1196)
elif x == 1197:
    print(1197)
elif x == 1198:
    print(1198)
elif x == 1199:
    print(1199)
elif x == 1200:
    print(1200)
elif x == 1201:
    print(1201)
elif x == 1202:
    print(1202)
elif x == 1203:
    print(1203)
elif x == 1204:
    print(1204)
elif x == 1205:
    print(1205)
elif x == 1206:
    print(1206)
elif x == 1207:
    print(1207)
elif x == 1208:
    print(1208)
elif x == 1209:
    print(1209)
elif x == 1210:
    print(1210)
elif x == 1211:
    print(1211)
elif x == 1212:
    print(1212)
elif x == 1213:
    print(1213)
elif x == 1214:
    print(1214)
elif x == 1215:
    print(1215)
elif x == 1216:
    print(1216)
elif x == 1217:
    print(1217)
elif x == 1218:
    print(1218)
elif x == 1219:
    print(1219)
elif x == 1220:
    print(1220)
elif x == 1221:
    print(1221)
elif x == 1222:
    print(1222)
elif x == 1223:
    print(1223)
elif x == 1224:
    print(1224)
elif x == 1225:
    print(1225)
elif x == 1226:
    print(1226)
elif x == 1227:
    print(1227)
elif x == 1228:
    print(1228)
elif x == 1229:
    print(1229)
elif x == 1230:
    print(1230)
elif x == 1231:
    print(1231)
elif x == 1232:
    print(1232)
elif x == 1233:
    print(1233)
elif x == 1234:
    print(1234)
elif x == 1235:
    print(1235)
elif x == 1236:
    print(1236)
elif x == 1237:
    print(1237)
elif x == 1238:
    print(1238)
elif x == 1239:
    print(1239)
elif x == 1240:
    print(1240)
elif x == 1241:
    print(1241)
elif x == 1242:
    print(1242)
elif x == 1243:
    print(1243)
elif x == 1244:
    print(1244)
elif x == 1245:
    print(1245)
elif x == 1246:
    print(1246)
elif x == 1247:
    print(1247)
elif x == 1248:
    print(1248)
elif x == 1249:
    print(1249)
elif x == 1250:
    print(1250)
elif x == 1251:
    print(1251)
elif x == 1252:
    print(1252)
elif x == 1253:
    print(1253)
elif x == 1254:
    print(1254)
elif x == 1255:
    print(1255)
elif x == 1256:
    print(1256)
elif x == 1257:
    print(1257)
elif x == 1258:
    print(1258)
elif x == 1259:
    print(1259)
elif x == 1260:
    print(1260)
elif x == 1261:
    print(1261)
elif x == 1262:
    print(1262)
elif x == 1263:
    print(1263)
elif x == 1264:
    print(1264)
elif x == 1265:
    print(1265)
elif x == 1266:
    print(1266)
elif x == 1267:
    print(1267)
elif x == 1268:
    print(1268)
elif x == 1269:
    print(1269)
elif x == 1270:
    print(1270)
elif x == 1271:
    print(1271)
elif x == 1272:
    print(1272)
elif x == 1273:
    print(1273)
elif x == 1274:
    print(1274)
elif x == 1275:
    print(1275)
elif x == 1276:
    print(1276)
elif x == 1277:
    print(1277)
elif x == 1278:
    print(1278)
elif x == 1279:
    print(1279)
elif x == 1280:
    print(1280)
elif x == 1281:
    print(1281)
elif x == 1282:
    print(1282)
elif x == 1283:
    print(1283)
elif x == 1284:
    print(1284)
elif x == 1285:
    print(1285)
elif x == 1286:
    print(1286)
elif x == 1287:
    print(1287)
elif x == 1288:
    print(1288)
elif x == 1289:
    print(1289)
elif x == 1290:
    print(1290)
elif x == 1291:
    print(1291)
elif x == 1292:
    print(1292)
elif x == 1293:
    print(1293)
elif x == 1294:
    print(1294)
elif x == 1295:
    print(1295)
elif x == 1296:
    print(1296)
elif x == 1297:
    print(1297)
elif x == 1298:
    print(1298)
elif x == 1299:
    print(1299)
elif x == 1300:
    print(1300)
elif x == 1301:
    print(1301)
elif x == 1302:
    print(1302)
elif x == 1303:
    print(1303)
elif x == 1304:
    print(1304)
elif x == 1305:
    print(1305)
elif x == 1306:
    print(1306)
elif x == 1307:
    print(1307)
elif x == 1308:
    print(1308)
elif x == 1309:
    print(1309)
elif x == 1310:
    print(1310)
elif x == 1311:
    print(1311)
elif x == 1312:
    print(1312)
elif x == 1313:
    print(1313)
elif x == 1314:
    print(1314)
elif x == 1315:
    print(1315)
elif x == 1316:
    print(1316)
elif x == 1317:
    print(1317)
elif x == 1318:
    print(1318)
elif x == 1319:
    print(1319)
elif x == 1320:
    print(1320)
elif x == 1321:
    print(1321)
elif x == 1322:
    print(1322)
elif x == 1323:
    print(1323)
elif x == 1324:
    print(1324)
elif x == 1325:
    print(1325)
elif x == 1326:
    print(1326)
elif x == 1327:
    print(1327)
elif x == 1328:
    print(1328)
elif x == 1329:
    print(1329)
elif x == 1330:
    print(1330)
elif x == 1331:
    print(1331)
elif x == 1332:
    print(1332)
elif x == 1333:
    print(1333)
elif x == 1334:
    print(1334)
elif x == 1335:
    print(1335)
elif x == 1336:
    print(1336)
elif x == 1337:
    print(1337)
elif x == 1338:
    print(1338)
elif x == 1339:
    print(1339)
elif x == 1340:
    print(1340)
elif x == 1341:
    print(1341)
elif x == 1342:
    print(1342)
elif x == 1343:
    print(1343)
elif x == 1344:
    print(1344)
elif x == 1345:
    print(1345)
elif x == 1346:
    print(1346)
elif x == 1347:
    print(1347)
elif x == 1348:
    print(1348)
elif x == 1349:
    print(1349)
elif x == 1350:
    print(1350)
elif x == 1351:
    print(1351)
elif x == 1352:
    print(1352)
elif x == 1353:
    print(1353)
elif x == 1354:
    print(1354)
elif x == 1355:
    print(1355)
elif x == 1356:
    print(1356)
elif x == 1357:
    print(1357)
elif x == 1358:
    print(1358)
elif x == 1359:
    print(1359)
elif x == 1360:
    print(1360)
elif x == 1361:
    print(1361)
elif x == 1362:
    print(1362)
elif x == 1363:
    print(1363)
elif x == 1364:
    print(1364)
elif x == 1365:
    print(1365)
elif x == 1366:
    print(1366)
elif x == 1367:
    print(1367)
elif x == 1368:
    print(1368)
elif x == 1369:
    print(1369)
elif x == 1370:
    print(1370)
elif x == 1371:
    print(1371)
elif x == 1372:
    print(1372)
elif x == 1373:
    print(1373)
elif x == 1374:
    print(1374)
elif x == 1375:
    print(1375)
elif x == 1376:
    print(1376)
elif x == 1377:
    print(1377)
elif x == 1378:
    print(1378)
elif x == 1379:
    print(1379)
elif x == 1380:
    print(1380)
elif x == 1381:
    print(1381)
elif x == 1382:
    print(1382)
elif x == 1383:
    print(1383)
elif x == 1384:
    print(1384)
elif x == 1385:
    print(1385)
elif x == 1386:
    print(1386)
elif x == 1387:
    print(1387)
elif x == 1388:
    print(1388)
elif x == 1389:
    print(1389)
elif x == 1390:
    print(1390)
elif x == 1391:
    print(1391)
elif x == 1392:
    print(1392)
elif x == 1393:
    print(1393)
elif x == 1394:
    print(1394)
elif x == 1395:
    print(1395)
elif x == 1396:
    print(1396)
elif x == 1397:
    print(1397)
elif x == 1398:
    print(1398)
elif x == 1399:
    print(1399)
elif x == 1400:
    print(1400)
elif x == 1401:
    print(1401)
elif x == 1402:
    print(1402)
elif x == 1403:
    print(1403)
elif x == 1404:
    print(1404)
elif x == 1405:
    print(1405)
elif x == 1406:
    print(1406)
elif x == 1407:
    print(1407)
elif x == 1408:
    print(1408)
elif x == 1409:
    print(1409)
elif x == 1410:
    print(1410)
elif x == 1411:
    print(1411)
elif x == 1412:
    print(1412)
elif x == 1413:
    print(1413)
elif x == 1414:
    print(1414)
elif x == 1415:
    print(1415)
elif x == 1416:
    print(1416)
elif x == 1417:
    print(1417)
elif x == 1418:
    print(1418)
elif x == 1419:
    print(1419)
elif x == 1420:
    print(1420)
elif x == 1421:
    print(1421)
elif x == 1422:
    print(1422)
elif x == 1423:
    print(1423)
elif x == 1424:
    print(1424)
elif x == 1425:
    print(1425)
elif x == 1426:
    print(1426)
elif x == 1427:
    print(1427)
elif x == 1428:
    print(1428)
elif x == 1429:
    print(1429)
elif x == 1430:
    print(1430)
elif x == 1431:
    print(1431)
elif x == 1432:
    print(1432)
elif x == 1433:
    print(1433)
elif x == 1434:
    print(1434)
elif x == 1435:
    print(1435)
elif x == 1436:
    print(1436)
elif x == 1437:
    print(1437)
elif x == 1438:
    print(1438)
elif x == 1439:
    print(1439)
elif x == 1440:
    print(1440)
elif x == 1441:
    print(1441)
elif x == 1442:
    print(1442)
elif x == 1443:
    print(1443)
elif x == 1444:
    print(1444)
elif x == 1445:
    print(1445)
elif x == 1446:
    print(1446)
elif x == 1447:
    print(1447)
elif x == 1448:
    print(1448)
elif x == 1449:
    print(1449)
elif x == 1450:
    print(1450)
elif x == 1451:
    print(1451)
elif x == 1452:
    print(1452)
elif x == 1453:
    print(1453)
elif x == 1454:
    print(1454)
elif x == 1455:
    print(1455)
elif x == 1456:
    print(1456)
elif x == 1457:
    print(1457)
elif x == 1458:
    print(1458)
elif x == 1459:
    print(1459)
elif x == 1460:
    print(1460)
elif x == 1461:
    print(1461)
elif x == 1462:
    print(1462)
elif x == 1463:
    print(1463)
elif x == 1464:
    print(1464)
elif x == 1465:
    print(1465)
elif x == 1466:
    print(1466)
elif x == 1467:
    print(1467)
elif x == 1468:
    print(1468)
elif x == 1469:
    print(1469)
elif x == 1470:
    print(1470)
elif x == 1471:
    print(1471)
elif x == 1472:
    print(1472)
elif x == 1473:
    print(1473)
elif x == 1474:
    print(1474)
elif x == 1475:
    print(1475)
elif x == 1476:
    print(1476)
elif x == 1477:
    print(1477)
elif x == 1478:
    print(1478)
elif x == 1479:
    print(1479)
elif x == 1480:
    print(1480)
elif x == 1481:
    print(1481)
elif x == 1482:
    print(1482)
elif x == 1483:
    print(1483)
elif x == 1484:
    print(1484)
elif x == 1485:
    print(1485)
elif x == 1486:
    print(1486)
elif x == 1487:
    print(1487)
elif x == 1488:
    print(1488)
elif x == 1489:
    print(1489)
elif x == 1490:
    print(1490)
elif x == 1491:
    print(1491)
elif x == 1492:
    print(1492)
elif x == 1493:
    print(1493)
elif x == 1494:
    print(1494)
elif x == 1495:
    print(1495)
elif x == 1496:
    print(1496)
elif x == 1497:
    print(1497)
elif x == 1498:
    print(1498)
elif x == 1499:
    print(1499)
elif x == 1500:
    print(1500)
elif x == 1501:
    print(1501)
elif x == 1502:
    print(1502)
elif x == 1503:
    print(1503)
elif x == 1504:
    print(1504)
elif x == 1505:
    print(1505)
elif x == 1506:
    print(1506)
elif x == 1507:
    print(1507)
elif x == 1508:
    print(1508)
elif x == 1509:
    print(1509)
elif x == 1510:
    print(1510)
elif x == 1511:
    print(1511)
elif x == 1512:
    print(1512)
elif x == 1513:
    print(1513)
elif x == 1514:
    print(1514)
elif x == 1515:
    print(1515)
elif x == 1516:
    print(1516)
elif x == 1517:
    print(1517)
elif x == 1518:
    print(1518)
elif x == 1519:
    print(1519)
elif x == 1520:
    print(1520)
elif x == 1521:
    print(1521)
elif x == 1522:
    print(1522)
elif x == 1523:
    print(1523)
elif x == 1524:
    print(1524)
elif x == 1525:
    print(1525)
elif x == 1526:
    print(1526)
elif x == 1527:
    print(1527)
elif x == 1528:
    print(1528)
elif x == 1529:
    print(1529)
elif x == 1530:
    print(1530)
elif x == 1531:
    print(1531)
elif x == 1532:
    print(1532)
elif x == 1533:
    print(1533)
elif x == 1534:
    print(1534)
elif x == 1535:
    print(1535)
elif x == 1536:
    print(1536)
elif x == 1537:
    print(1537)
elif x == 1538:
    print(1538)
elif x == 1539:
    print(1539)
elif x == 1540:
    print(1540)
elif x == 1541:
    print(1541)
elif x == 1542:
    print(1542)
elif x == 1543:
    print(1543)
elif x == 1544:
    print(1544)
elif x == 1545:
    print(1545)
elif x == 1546:
    print(1546)
elif x == 1547:
    print(1547)
elif x == 1548:
    print(1548)
elif x == 1549:
    print(1549)
elif x == 1550:
    print(1550)
elif x == 1551:
    print(1551)
elif x == 1552:
    print(1552)
elif x == 1553:
    print(1553)
elif x == 1554:
    print(1554)
elif x == 1555:
    print(1555)
elif x == 1556:
    print(1556)
elif x == 1557:
    print(1557)
elif x == 1558:
    print(1558)
elif x == 1559:
    print(1559)
elif x == 1560:
    print(1560)
elif x == 1561:
    print(1561)
elif x == 1562:
    print(1562)
elif x == 1563:
    print(1563)
elif x == 1564:
    print(1564)
elif x == 1565:
    print(1565)
elif x == 1566:
    print(1566)
elif x == 1567:
    print(1567)
elif x == 1568:
    print(1568)
elif x == 1569:
    print(1569)
elif x == 1570:
    print(1570)
elif x == 1571:
    print(1571)
elif x == 1572:
    print(1572)
elif x == 1573:
    print(1573)
elif x == 1574:
    print(1574)
elif x == 1575:
    print(1575)
elif x == 1576:
    print(1576)
elif x == 1577:
    print(1577)
elif x == 1578:
    print(1578)
elif x == 1579:
    print(1579)
elif x == 1580:
    print(1580)
elif x == 1581:
    print(1581)
elif x == 1582:
    print(1582)
elif x == 1583:
    print(1583)
elif x == 1584:
    print(1584)
elif x == 1585:
    print(1585)
elif x == 1586:
    print(1586)
elif x == 1587:
    print(1587)
elif x == 1588:
    print(1588)
elif x == 1589:
    print(1589)
elif x == 1590:
    print(1590)
elif x == 1591:
    print(1591)
elif x == 1592:
    print(1592)
elif x == 1593:
    print(1593)
elif x == 1594:
    print(1594)
elif x == 1595:
    print(1595)
elif x == 1596:
    print(1596)
elif x == 1597:
    print(1597)
elif x == 1598:
    print(1598)
elif x == 1599:
    print(1599)
elif x == 1600:
    print(1600)
elif x == 1601:
    print(1601)
elif x == 1602:
    print(1602)
elif x == 1603:
    print(1603)
elif x == 1604:
    print(1604)
elif x == 1605:
    print(1605)
elif x == 1606:
    print(1606)
elif x == 1607:
    print(1607)
elif x == 1608:
    print(1608)
elif x == 1609:
    print(1609)
elif x == 1610:
    print(1610)
elif x == 1611:
    print(1611)
elif x == 1612:
    print(1612)
elif x == 1613:
    print(1613)
elif x == 1614:
    print(1614)
elif x == 1615:
    print(1615)
elif x == 1616:
    print(1616)
elif x == 1617:
    print(1617)
elif x == 1618:
    print(1618)
elif x == 1619:
    print(1619)
elif x == 1620:
    print(1620)
elif x == 1621:
    print(1621)
elif x == 1622:
    print(1622)
elif x == 1623:
    print(1623)
elif x == 1624:
    print(1624)
elif x == 1625:
    print(1625)
elif x == 1626:
    print(1626)
elif x == 1627:
    print(1627)
elif x == 1628:
    print(1628)
elif x == 1629:
    print(1629)
elif x == 1630:
    print(1630)
elif x == 1631:
    print(1631)
elif x == 1632:
    print(1632)
elif x == 1633:
    print(1633)
elif x == 1634:
    print(1634)
elif x == 1635:
    print(1635)
elif x == 1636:
    print(1636)
elif x == 1637:
    print(1637)
elif x == 1638:
    print(1638)
elif x == 1639:
    print(1639)
elif x == 1640:
    print(1640)
elif x == 1641:
    print(1641)
elif x == 1642:
    print(1642)
elif x == 1643:
    print(1643)
elif x == 1644:
    print(1644)
elif x == 1645:
    print(1645)
elif x == 1646:
    print(1646)
elif x == 1647:
    print(1647)
elif x == 1648:
    print(1648)
elif x == 1649:
    print(1649)
elif x == 1650:
    print(1650)
elif x == 1651:
    print(1651)
elif x == 1652:
    print(1652)
elif x == 1653:
    print(1653)
elif x == 1654:
    print(1654)
elif x == 1655:
    print(1655)
elif x == 1656:
    print(1656)
elif x == 1657:
    print(1657)
elif x == 1658:
    print(1658)
elif x == 1659:
    print(1659)
elif x == 1660:
    print(1660)
elif x == 1661:
    print(1661)
elif x == 1662:
    print(1662)
elif x == 1663:
    print(1663)
elif x == 1664:
    print(1664)
elif x == 1665:
    print(1665)
elif x == 1666:
    print(1666)
elif x == 1667:
    print(1667)
elif x == 1668:
    print(1668)
elif x == 1669:
    print(1669)
elif x == 1670:
    print(1670)
elif x == 1671:
    print(1671)
elif x == 1672:
    print(1672)
elif x == 1673:
    print(1673)
elif x == 1674:
    print(1674)
elif x == 1675:
    print(1675)
elif x == 1676:
    print(1676)
elif x == 1677:
    print(1677)
elif x == 1678:
    print(1678)
elif x == 1679:
    print(1679)
elif x == 1680:
    print(1680)
elif x == 1681:
    print(1681)
elif x == 1682:
    print(1682)
elif x == 1683:
    print(1683)
elif x == 1684:
    print(1684)
elif x == 1685:
    print(1685)
elif x == 1686:
    print(1686)
elif x == 1687:
    print(1687)
elif x == 1688:
    print(1688)
elif x == 1689:
    print(1689)
elif x == 1690:
    print(1690)
elif x == 1691:
    print(1691)
elif x == 1692:
    print(1692)
elif x == 1693:
    print(1693)
elif x == 1694:
    print(1694)
elif x == 1695:
    print(1695)
elif x == 1696:
    print(1696)
elif x == 1697:
    print(1697)
elif x == 1698:
    print(1698)
elif x == 1699:
    print(1699)
elif x == 1700:
    print(1700)
elif x == 1701:
    print(1701)
elif x == 1702:
    print(1702)
elif x == 1703:
    print(1703)
elif x == 1704:
    print(1704)
elif x == 1705:
    print(1705)
elif x == 1706:
    print(1706)
elif x == 1707:
    print(1707)
elif x == 1708:
    print(1708)
elif x == 1709:
    print(1709)
elif x == 1710:
    print(1710)
elif x == 1711:
    print(1711)
elif x == 1712:
    print(1712)
elif x == 1713:
    print(1713)
elif x == 1714:
    print(1714)
elif x == 1715:
    print(1715)
elif x == 1716:
    print(1716)
elif x == 1717:
    print(1717)
elif x == 1718:
    print(1718)
elif x == 1719:
    print(1719)
elif x == 1720:
    print(1720)
elif x == 1721:
    print(1721)
elif x == 1722:
    print(1722)
elif x == 1723:
    print(1723)
elif x == 1724:
    print(1724)
elif x == 1725:
    print(1725)
elif x == 1726:
    print(1726)
elif x == 1727:
    print(1727)
elif x == 1728:
    print(1728)
elif x == 1729:
    print(1729)
elif x == 1730:
    print(1730)
elif x == 1731:
    print(1731)
elif x == 1732:
    print(1732)
elif x == 1733:
    print(1733)
elif x == 1734:
    print(1734)
elif x == 1735:
    print(1735)
elif x == 1736:
    print(1736)
elif x == 1737:
    print(1737)
elif x == 1738:
    print(1738)
elif x == 1739:
    print(1739)
elif x == 1740:
    print(1740)
elif x == 1741:
    print(1741)
elif x == 1742:
    print(1742)
elif x == 1743:
    print(1743)
elif x == 1744:
    print(1744)
elif x == 1745:
    print(1745)
elif x == 1746:
    print(1746)
elif x == 1747:
    print(1747)
elif x == 1748:
    print(1748)
elif x == 1749:
    print(1749)
elif x == 1750:
    print(1750)
elif x == 1751:
    print(1751)
elif x == 1752:
    print(1752)
elif x == 1753:
    print(1753)
elif x == 1754:
    print(1754)
elif x == 1755:
    print(1755)
elif x == 1756:
    print(1756)
elif x == 1757:
    print(1757)
elif x == 1758:
    print(1758)
elif x == 1759:
    print(1759)
elif x == 1760:
    print(1760)
elif x == 1761:
    print(1761)
elif x == 1762:
    print(1762)
elif x == 1763:
    print(1763)
elif x == 1764:
    print(1764)
elif x == 1765:
    print(1765)
elif x == 1766:
    print(1766)
elif x == 1767:
    print(1767)
elif x == 1768:
    print(1768)
elif x == 1769:
    print(1769)
elif x == 1770:
    print(1770)
elif x == 1771:
    print(1771)
elif x == 1772:
    print(1772)
elif x == 1773:
    print(1773)
elif x == 1774:
    print(1774)
elif x == 1775:
    print(1775)
elif x == 1776:
    print(1776)
elif x == 1777:
    print(1777)
elif x == 1778:
    print(1778)
elif x == 1779:
    print(1779)
elif x == 1780:
    print(1780)
elif x == 1781:
    print(1781)
elif x == 1782:
    print(1782)
elif x == 1783:
    print(1783)
elif x == 1784:
    print(1784)
elif x == 1785:
    print(1785)
elif x == 1786:
    print(1786)
elif x == 1787:
    print(1787)
elif x == 1788:
    print(1788)
elif x == 1789:
    print(1789)
elif x == 1790:
    print(1790)
elif x == 1791:
    print(1791)
elif x == 1792:
    print(1792)
elif x == 1793:
    print(1793)
elif x == 1794:
    print(1794)
elif x == 1795:
    print(1795)
elif x == 1796:
    print(1796)
elif x == 1797:
    print(1797)
elif x == 1798:
    print(1798)
elif x == 1799:
    print(1799)
elif x == 1800:
    print(1800)
elif x == 1801:
    print(1801)
elif x == 1802:
    print(1802)
elif x == 1803:
    print(1803)
elif x == 1804:
    print(1804)
elif x == 1805:
    print(1805)
elif x == 1806:
    print(1806)
elif x == 1807:
    print(1807)
elif x == 1808:
    print(1808)
elif x == 1809:
    print(1809)
elif x == 1810:
    print(1810)
elif x == 1811:
    print(1811)
elif x == 1812:
    print(1812)
elif x == 1813:
    print(1813)
elif x == 1814:
    print(1814)
elif x == 1815:
    print(1815)
elif x == 1816:
    print(1816)
elif x == 1817:
    print(1817)
elif x == 1818:
    print(1818)
elif x == 1819:
    print(1819)
elif x == 1820:
    print(1820)
elif x == 1821:
    print(1821)
elif x == 1822:
    print(1822)
elif x == 1823:
    print(1823)
elif x == 1824:
    print(1824)
elif x == 1825:
    print(1825)
elif x == 1826:
    print(1826)
elif x == 1827:
    print(1827)
elif x == 1828:
    print(1828)
elif x == 1829:
    print(1829)
elif x == 1830:
    print(1830)
elif x == 1831:
    print(1831)
elif x == 1832:
    print(1832)
elif x == 1833:
    print(1833)
elif x == 1834:
    print(1834)
elif x == 1835:
    print(1835)
elif x == 1836:
    print(1836)
elif x == 1837:
    print(1837)
elif x == 1838:
    print(1838)
elif x == 1839:
    print(1839)
elif x == 1840:
    print(1840)
elif x == 1841:
    print(1841)
elif x == 1842:
    print(1842)
elif x == 1843:
    print(1843)
elif x == 1844:
    print(1844)
elif x == 1845:
    print(1845)
elif x == 1846:
    print(1846)
elif x == 1847:
    print(1847)
elif x == 1848:
    print(1848)
elif x == 1849:
    print(1849)
elif x == 1850:
    print(1850)
elif x == 1851:
    print(1851)
elif x == 1852:
    print(1852)
elif x == 1853:
    print(1853)
elif x == 1854:
    print(1854)
elif x == 1855:
    print(1855)
elif x == 1856:
    print(1856)
elif x == 1857:
    print(1857)
elif x == 1858:
    print(1858)
elif x == 1859:
    print(1859)
elif x == 1860:
    print(1860)
elif x == 1861:
    print(1861)
elif x == 1862:
    print(1862)
elif x == 1863:
    print(1863)
elif x == 1864:
    print(1864)
elif x == 1865:
    print(1865)
elif x == 1866:
    print(1866)
elif x == 1867:
    print(1867)
elif x == 1868:
    print(1868)
elif x == 1869:
    print(1869)
elif x == 1870:
    print(1870)
elif x == 1871:
    print(1871)
elif x == 1872:
    print(1872)
elif x == 1873:
    print(1873)
elif x == 1874:
    print(1874)
elif x == 1875:
    print(1875)
elif x == 1876:
    print(1876)
elif x == 1877:
    print(1877)
elif x == 1878:
    print(1878)
elif x == 1879:
    print(1879)
elif x == 1880:
    print(1880)
elif x == 1881:
    print(1881)
elif x == 1882:
    print(1882)
elif x == 1883:
    print(1883)
elif x == 1884:
    print(1884)
elif x == 1885:
    print(1885)
elif x == 1886:
    print(1886)
elif x == 1887:
    print(1887)
elif x == 1888:
    print(1888)
elif x == 1889:
    print(1889)
elif x == 1890:
    print(1890)
elif x == 1891:
    print(1891)
elif x == 1892:
    print(1892)
elif x == 1893:
    print(1893)
elif x == 1894:
    print(1894)
elif x == 1895:
    print(1895)
elif x == 1896:
    print(1896)
elif x == 1897:
    print(1897)
elif x == 1898:
    print(1898)
elif x == 1899:
    print(1899)
elif x == 1900:
    print(1900)
elif x == 1901:
    print(1901)
elif x == 1902:
    print(1902)
elif x == 1903:
    print(1903)
elif x == 1904:
    print(1904)
elif x == 1905:
    print(1905)
elif x == 1906:
    print(1906)
elif x == 1907:
    print(1907)
elif x == 1908:
    print(1908)
elif x == 1909:
    print(1909)
elif x == 1910:
    print(1910)
elif x == 1911:
    print(1911)
elif x == 1912:
    print(1912)
elif x == 1913:
    print(1913)
elif x == 1914:
    print(1914)
elif x == 1915:
    print(1915)
elif x == 1916:
    print(1916)
elif x == 1917:
    print(1917)
elif x == 1918:
    print(1918)
elif x == 1919:
    print(1919)
elif x == 1920:
    print(1920)
elif x == 1921:
    print(1921)
elif x == 1922:
    print(1922)
elif x == 1923:
    print(1923)
elif x == 1924:
    print(1924)
elif x == 1925:
    print(1925)
elif x == 1926:
    print(1926)
elif x == 1927:
    print(1927)
elif x == 1928:
    print(1928)
elif x == 1929:
    print(1929)
elif x == 1930:
    print(1930)
elif x == 1931:
    print(1931)
elif x == 1932:
    print(1932)
elif x == 1933:
    print(1933)
elif x == 1934:
    print(1934)
elif x == 1935:
    print(1935)
elif x == 1936:
    print(1936)
elif x == 1937:
    print(1937)
elif x == 1938:
    print(1938)
elif x == 1939:
    print(1939)
elif x == 1940:
    print(1940)
elif x == 1941:
    print(1941)
elif x == 1942:
    print(1942)
elif x == 1943:
    print(1943)
elif x == 1944:
    print(1944)
elif x == 1945:
    print(1945)
elif x == 1946:
    print(1946)
elif x == 1947:
    print(1947)
elif x == 1948:
    print(1948)
elif x == 1949:
    print(1949)
elif x == 1950:
    print(1950)
elif x == 1951:
    print(1951)
elif x == 1952:
    print(1952)
elif x == 1953:
    print(1953)
elif x == 1954:
    print(1954)
elif x == 1955:
    print(1955)
elif x == 1956:
    print(1956)
elif x == 1957:
    print(1957)
elif x == 1958:
    print(1958)
elif x == 1959:
    print(1959)
elif x == 1960:
    print(1960)
elif x == 1961:
    print(1961)
elif x == 1962:
    print(1962)
elif x == 1963:
    print(1963)
elif x == 1964:
    print(1964)
elif x == 1965:
    print(1965)
elif x == 1966:
    print(1966)
elif x == 1967:
    print(1967)
elif x == 1968:
    print(1968)
elif x == 1969:
    print(1969)
elif x == 1970:
    print(1970)
elif x == 1971:
    print(1971)
elif x == 1972:
    print(1972)
elif x == 1973:
    print(1973)
elif x == 1974:
    print(1974)
elif x == 1975:
    print(1975)
elif x == 1976:
    print(1976)
elif x == 1977:
    print(1977)
elif x == 1978:
    print(1978)
elif x == 1979:
    print(1979)
elif x == 1980:
    print(1980)
elif x == 1981:
    print(1981)
elif x == 1982:
    print(1982)
elif x == 1983:
    print(1983)
elif x == 1984:
    print(1984)
elif x == 1985:
    print(1985)
elif x == 1986:
    print(1986)
elif x == 1987:
    print(1987)
elif x == 1988:
    print(1988)
elif x == 1989:
    print(1989)
elif x == 1990:
    print(1990)
elif x == 1991:
    print(1991)
elif x == 1992:
    print(1992)
elif x == 1993:
    print(1993)
elif x == 1994:
    print(1994)
elif x == 1995:
    print(1995)
elif x == 1996:
    print(1996)
elif x == 1997:
    print(1997)
elif x == 1998:
    print(1998)
elif x == 1999:
    print(1999)
elif x == 2000:
    print(2000)
elif x == 2001:
    print(2001)
elif x == 2002:
    print(2002)
elif x == 2003:
    print(2003)
elif x == 2004:
    print(2004)
elif x == 2005:
    print(2005)
elif x == 2006:
    print(2006)
elif x == 2007:
    print(2007)
elif x == 2008:
    print(2008)
elif x == 2009:
    print(2009)
elif x == 2010:
    print(2010)
elif x == 2011:
    print(2011)
elif x == 2012:
    print(2012)
elif x == 2013:
    print(2013)
elif x == 2014:
    print(2014)
elif x == 2015:
    print(2015)
elif x == 2016:
    print(2016)
elif x == 2017:
    print(2017)
elif x == 2018:
    print(2018)
elif x == 2019:
    print(2019)
elif x == 2020:
    print(2020)
elif x == 2021:
    print(2021)
elif x == 2022:
    print(2022)
elif x == 2023:
    print(2023)
elif x == 2024:
    print(2024)
elif x == 2025:
    print(2025)
elif x == 2026:
    print(2026)
elif x == 2027:
    print(2027)
elif x == 2028:
    print(2028)
elif x == 2029:
    print(2029)
elif x == 2030:
    print(2030)
elif x == 2031:
    print(2031)
elif x == 2032:
    print(2032)
elif x == 2033:
    print(2033)
elif x == 2034:
    print(2034)
elif x == 2035:
    print(2035)
elif x == 2036:
    print(2036)
elif x == 2037:
    print(2037)
elif x == 2038:
    print(2038)
elif x == 2039:
    print(2039)
elif x == 2040:
    print(2040)
elif x == 2041:
    print(2041)
elif x == 2042:
    print(2042)
elif x == 2043:
    print(2043)
elif x == 2044:
    print(2044)
elif x == 2045:
    print(2045)
elif x == 2046:
    print(2046)
elif x == 2047:
    print(2047)
elif x == 2048:
    print(2048)
elif x == 2049:
    print(2049)
elif x == 2050:
    print(2050)
elif x == 2051:
    print(2051)
elif x == 2052:
    print(2052)
elif x == 2053:
    print(2053)
elif x == 2054:
    print(2054)
elif x == 2055:
    print(2055)
elif x == 2056:
    print(2056)
elif x == 2057:
    print(2057)
elif x == 2058:
    print(2058)
elif x == 2059:
    print(2059)
elif x == 2060:
    print(2060)
elif x == 2061:
    print(2061)
elif x == 2062:
    print(2062)
elif x == 2063:
    print(2063)
elif x == 2064:
    print(2064)
elif x == 2065:
    print(2065)
elif x == 2066:
    print(2066)
elif x == 2067:
    print(2067)
elif x == 2068:
    print(2068)
elif x == 2069:
    print(2069)
elif x == 2070:
    print(2070)
elif x == 2071:
    print(2071)
elif x == 2072:
    print(2072)
elif x == 2073:
    print(2073)
elif x == 2074:
    print(2074)
elif x == 2075:
    print(2075)
elif x == 2076:
    print(2076)
elif x == 2077:
    print(2077)
elif x == 2078:
    print(2078)
elif x == 2079:
    print(2079)
elif x == 2080:
    print(2080)
elif x == 2081:
    print(2081)
elif x == 2082:
    print(2082)
elif x == 2083:
    print(2083)
elif x == 2084:
    print(2084)
elif x == 2085:
    print(2085)
elif x == 2086:
    print(2086)
elif x == 2087:
    print(2087)
elif x == 2088:
    print(2088)
elif x == 2089:
    print(2089)
elif x == 2090:
    print(2090)
elif x == 2091:
    print(2091)
elif x == 2092:
    print(2092)
elif x == 2093:
    print(2093)
elif x == 2094:
    print(2094)
elif x == 2095:
    print(2095)
elif x == 2096:
    print(2096)
elif x == 2097:
    print(2097)
elif x == 2098:
    print(2098)
elif x == 2099:
    print(2099)
elif x == 2100:
    print(2100)
elif x == 2101:
    print(2101)
elif x == 2102:
    print(2102)
elif x == 2103:
    print(2103)
elif x == 2104:
    print(2104)
elif x == 2105:
    print(2105)
elif x == 2106:
    print(2106)
elif x == 2107:
    print(2107)
elif x == 2108:
    print(2108)
elif x == 2109:
    print(2109)
elif x == 2110:
    print(2110)
elif x == 2111:
    print(2111)
elif x == 2112:
    print(2112)
elif x == 2113:
    print(2113)
elif x == 2114:
    print(2114)
elif x == 2115:
    print(2115)
elif x == 2116:
    print(2116)
elif x == 2117:
    print(2117)
elif x == 2118:
    print(2118)
elif x == 2119:
    print(2119)
elif x == 2120:
    print(2120)
elif x == 2121:
    print(2121)
elif x == 2122:
    print(2122)
elif x == 2123:
    print(2123)
elif x == 2124:
    print(2124)
elif x == 2125:
    print(2125)
elif x == 2126:
    print(2126)
elif x == 2127:
    print(2127)
elif x == 2128:
    print(2128)
elif x == 2129:
    print(2129)
elif x == 2130:
    print(2130)
elif x == 2131:
    print(2131)
elif x == 2132:
    print(2132)
elif x == 2133:
    print(2133)
elif x == 2134:
    print(2134)
elif x == 2135:
    print(2135)
elif x == 2136:
    print(2136)
elif x == 2137:
    print(2137)
elif x == 2138:
    print(2138)
elif x == 2139:
    print(2139)
elif x == 2140:
    print(2140)
elif x == 2141:
    print(2141)
elif x == 2142:
    print(2142)
elif x == 2143:
    print(2143)
elif x == 2144:
    print(2144)
elif x == 2145:
    print(2145)
elif x == 2146:
    print(2146)
elif x == 2147:
    print(2147)
elif x == 2148:
    print(2148)
elif x == 2149:
    print(2149)
elif x == 2150:
    print(2150)
elif x == 2151:
    print(2151)
elif x == 2152:
    print(2152)
elif x == 2153:
    print(2153)
elif x == 2154:
    print(2154)
elif x == 2155:
    print(2155)
elif x == 2156:
    print(2156)
elif x == 2157:
    print(2157)
elif x == 2158:
    print(2158)
elif x == 2159:
    print(2159)
elif x == 2160:
    print(2160)
elif x == 2161:
    print(2161)
elif x == 2162:
    print(2162)
elif x == 2163:
    print(2163)
elif x == 2164:
    print(2164)
elif x == 2165:
    print(2165)
elif x == 2166:
    print(2166)
elif x == 2167:
    print(2167)
elif x == 2168:
    print(2168)
elif x == 2169:
    print(2169)
elif x == 2170:
    print(2170)
elif x == 2171:
    print(2171)
elif x == 2172:
    print(2172)
elif x == 2173:
    print(2173)
elif x == 2174:
    print(2174)
elif x == 2175:
    print(2175)
elif x == 2176:
    print(2176)
elif x == 2177:
    print(2177)
elif x == 2178:
    print(2178)
elif x == 2179:
    print(2179)
elif x == 2180:
    print(2180)
elif x == 2181:
    print(2181)
elif x == 2182:
    print(2182)
elif x == 2183:
    print(2183)
elif x == 2184:
    print(2184)
elif x == 2185:
    print(2185)
elif x == 2186:
    print(2186)
elif x == 2187:
    print(2187)
elif x == 2188:
    print(2188)
elif x == 2189:
    print(2189)
elif x == 2190:
    print(2190)
elif x == 2191:
    print(2191)
elif x == 2192:
    print(2192)
elif x == 2193:
    print(2193)
elif x == 2194:
    print(2194)
elif x == 2195:
    print(2195)
elif x == 2196:
    print(2196)
elif x == 2197:
    print(2197)
elif x == 2198:
    print(2198)
elif x == 2199:
    print(2199)
elif x == 2200:
    print(2200)
elif x == 2201:
    print(2201)
elif x == 2202:
    print(2202)
elif x == 2203:
    print(2203)
elif x == 2204:
    print(2204)
elif x == 2205:
    print(2205)
elif x == 2206:
    print(2206)
elif x == 2207:
    print(2207)
elif x == 2208:
    print(2208)
elif x == 2209:
    print(2209)
elif x == 2210:
    print(2210)
elif x == 2211:
    print(2211)
elif x == 2212:
    print(2212)
elif x == 2213:
    print(2213)
elif x == 2214:
    print(2214)
elif x == 2215:
    print(2215)
elif x == 2216:
    print(2216)
elif x == 2217:
    print(2217)
elif x == 2218:
    print(2218)
elif x == 2219:
    print(2219)
elif x == 2220:
    print(2220)
elif x == 2221:
    print(2221)
elif x == 2222:
    print(2222)
elif x == 2223:
    print(2223)
elif x == 2224:
    print(2224)
elif x == 2225:
    print(2225)
elif x == 2226:
    print(2226)
elif x == 2227:
    print(2227)
elif x == 2228:
    print(2228)
elif x == 2229:
    print(2229)
elif x == 2230:
    print(2230)
elif x == 2231:
    print(2231)
elif x == 2232:
    print(2232)
elif x == 2233:
    print(2233)
elif x == 2234:
    print(2234)
elif x == 2235:
    print(2235)
elif x == 2236:
    print(2236)
elif x == 2237:
    print(2237)
elif x == 2238:
    print(2238)
elif x == 2239:
    print(2239)
elif x == 2240:
    print(2240)
elif x == 2241:
    print(2241)
elif x == 2242:
    print(2242)
elif x == 2243:
    print(2243)
elif x == 2244:
    print(2244)
elif x == 2245:
    print(2245)
elif x == 2246:
    print(2246)
elif x == 2247:
    print(2247)
elif x == 2248:
    print(2248)
elif x == 2249:
    print(2249)
elif x == 2250:
    print(2250)
elif x == 2251:
    print(2251)
elif x == 2252:
    print(2252)
elif x == 2253:
    print(2253)
elif x == 2254:
    print(2254)
elif x == 2255:
    print(2255)
elif x == 2256:
    print(2256)
elif x == 2257:
    print(2257)
elif x == 2258:
    print(2258)
elif x == 2259:
    print(2259)
elif x == 2260:
    print(2260)
elif x == 2261:
    print(2261)
elif x == 2262:
    print(2262)
elif x == 2263:
    print(2263)
elif x == 2264:
    print(2264)
elif x == 2265:
    print(2265)
elif x == 2266:
    print(2266)
elif x == 2267:
    print(2267)
elif x == 2268:
    print(2268)
elif x == 2269:
    print(2269)
elif x == 2270:
    print(2270)
elif x == 2271:
    print(2271)
elif x == 2272:
    print(2272)
elif x == 2273:
    print(2273)
elif x == 2274:
    print(2274)
elif x == 2275:
    print(2275)
elif x == 2276:
    print(2276)
elif x == 2277:
    print(2277)
elif x == 2278:
    print(2278)
elif x == 2279:
    print(2279)
elif x == 2280:
    print(2280)
elif x == 2281:
    print(2281)
elif x == 2282:
    print(2282)
elif x == 2283:
    print(2283)
elif x == 2284:
    print(2284)
elif x == 2285:
    print(2285)
elif x == 2286:
    print(2286)
elif x == 2287:
    print(2287)
elif x == 2288:
    print(2288)
elif x == 2289:
    print(2289)
elif x == 2290:
    print(2290)
elif x == 2291:
    print(2291)
elif x == 2292:
    print(2292)
elif x == 2293:
    print(2293)
elif x == 2294:
    print(2294)
elif x == 2295:
    print(2295)
elif x == 2296:
    print(2296)
elif x == 2297:
    print(2297)
elif x == 2298:
    print(2298)
elif x == 2299:
    print(2299)
elif x == 2300:
    print(2300)
elif x == 2301:
    print(2301)
elif x == 2302:
    print(2302)
elif x == 2303:
    print(2303)
elif x == 2304:
    print(2304)
elif x == 2305:
    print(2305)
elif x == 2306:
    print(2306)
elif x == 2307:
    print(2307)
elif x == 2308:
    print(2308)
elif x == 2309:
    print(2309)
elif x == 2310:
    print(2310)
elif x == 2311:
    print(2311)
elif x == 2312:
    print(2312)
elif x == 2313:
    print(2313)
elif x == 2314:
    print(2314)
elif x == 2315:
    print(2315)
elif x == 2316:
    print(2316)
elif x == 2317:
    print(2317)
elif x == 2318:
    print(2318)
elif x == 2319:
    print(2319)
elif x == 2320:
    print(2320)
elif x == 2321:
    print(2321)
elif x == 2322:
    print(2322)
elif x == 2323:
    print(2323)
elif x == 2324:
    print(2324)
elif x == 2325:
    print(2325)
elif x == 2326:
    print(2326)
elif x == 2327:
    print(2327)
elif x == 2328:
    print(2328)
elif x == 2329:
    print(2329)
elif x == 2330:
    print(2330)
elif x == 2331:
    print(2331)
elif x == 2332:
    print(2332)
elif x == 2333:
    print(2333)
elif x == 2334:
    print(2334)
elif x == 2335:
    print(2335)
elif x == 2336:
    print(2336)
elif x == 2337:
    print(2337)
elif x == 2338:
    print(2338)
elif x == 2339:
    print(2339)
elif x == 2340:
    print(2340)
elif x == 2341:
    print(2341)
elif x == 2342:
    print(2342)
elif x == 2343:
    print(2343)
elif x == 2344:
    print(2344)
elif x == 2345:
    print(2345)
elif x == 2346:
    print(2346)
elif x == 2347:
    print(2347)
elif x == 2348:
    print(2348)
elif x == 2349:
    print(2349)
elif x == 2350:
    print(2350)
elif x == 2351:
    print(2351)
elif x == 2352:
    print(2352)
elif x == 2353:
    print(2353)
elif x == 2354:
    print(2354)
elif x == 2355:
    print(2355)
elif x == 2356:
    print(2356)
elif x == 2357:
    print(2357)
elif x == 2358:
    print(2358)
elif x == 2359:
    print(2359)
elif x == 2360:
    print(2360)
elif x == 2361:
    print(2361)
elif x == 2362:
    print(2362)
elif x == 2363:
    print(2363)
elif x == 2364:
    print(2364)
elif x == 2365:
    print(2365)
elif x == 2366:
    print(2366)
elif x == 2367:
    print(2367)
elif x == 2368:
    print(2368)
elif x == 2369:
    print(2369)
elif x == 2370:
    print(2370)
elif x == 2371:
    print(2371)
elif x == 2372:
    print(2372)
elif x == 2373:
    print(2373)
elif x == 2374:
    print(2374)
elif x == 2375:
    print(2375)
elif x == 2376:
    print(2376)
elif x == 2377:
    print(2377)
elif x == 2378:
    print(2378)
elif x == 2379:
    print(2379)
elif x == 2380:
    print(2380)
elif x == 2381:
    print(2381)
elif x == 2382:
    print(2382)
elif x == 2383:
    print(2383)
elif x == 2384:
    print(2384)
elif x == 2385:
    print(2385)
elif x == 2386:
    print(2386)
elif x == 2387:
    print(2387)
elif x == 2388:
    print(2388)
elif x == 2389:
    print(2389)
elif x == 2390:
    print(2390)
elif x == 2391:
    print(2391)
elif x == 2392:
    print(2392)
elif x == 2393:
    print(2393)
elif x == 2394:
    print(2394)
elif x == 2395:
    print(2395)
elif x == 2396:
    print(2396)
elif x == 2397:
    print(2397)
elif x == 2398:
    print(2398)
elif x == 2399:
    print(2399)
elif x == 2400:
    print(2400)
elif x == 2401:
    print(2401)
elif x == 2402:
    print(2402)
elif x == 2403:
    print(2403)
elif x == 2404:
    print(2404)
elif x == 2405:
    print(2405)
elif x == 2406:
    print(2406)
elif x == 2407:
    print(2407)
elif x == 2408:
    print(2408)
elif x == 2409:
    print(2409)
elif x == 2410:
    print(2410)
elif x == 2411:
    print(2411)
elif x == 2412:
    print(2412)
elif x == 2413:
    print(2413)
elif x == 2414:
    print(2414)
elif x == 2415:
    print(2415)
elif x == 2416:
    print(2416)
elif x == 2417:
    print(2417)
elif x == 2418:
    print(2418)
elif x == 2419:
    print(2419)
elif x == 2420:
    print(2420)
elif x == 2421:
    print(2421)
elif x == 2422:
    print(2422)
elif x == 2423:
    print(2423)
elif x == 2424:
    print(2424)
elif x == 2425:
    print(2425)
elif x == 2426:
    print(2426)
elif x == 2427:
    print(2427)
elif x == 2428:
    print(2428)
elif x == 2429:
    print(2429)
elif x == 2430:
    print(2430)
elif x == 2431:
    print(2431)
elif x == 2432:
    print(2432)
elif x == 2433:
    print(2433)
elif x == 2434:
    print(2434)
elif x == 2435:
    print(2435)
elif x == 2436:
    print(2436)
elif x == 2437:
    print(2437)
elif x == 2438:
    print(2438)
elif x == 2439:
    print(2439)
elif x == 2440:
    print(2440)
elif x == 2441:
    print(2441)
elif x == 2442:
    print(2442)
elif x == 2443:
    print(2443)
elif x == 2444:
    print(2444)
elif x == 2445:
    print(2445)
elif x == 2446:
    print(2446)
elif x == 2447:
    print(2447)
elif x == 2448:
    print(2448)
elif x == 2449:
    print(2449)
elif x == 2450:
    print(2450)
elif x == 2451:
    print(2451)
elif x == 2452:
    print(2452)
elif x == 2453:
    print(2453)
elif x == 2454:
    print(2454)
elif x == 2455:
    print(2455)
elif x == 2456:
    print(2456)
elif x == 2457:
    print(2457)
elif x == 2458:
    print(2458)
elif x == 2459:
    print(2459)
elif x == 2460:
    print(2460)
elif x == 2461:
    print(2461)
elif x == 2462:
    print(2462)
elif x == 2463:
    print(2463)
elif x == 2464:
    print(2464)
elif x == 2465:
    print(2465)
elif x == 2466:
    print(2466)
elif x == 2467:
    print(2467)
elif x == 2468:
    print(2468)
elif x == 2469:
    print(2469)
elif x == 2470:
    print(2470)
elif x == 2471:
    print(2471)
elif x == 2472:
    print(2472)
elif x == 2473:
    print(2473)
elif x == 2474:
    print(2474)
elif x == 2475:
    print(2475)
elif x == 2476:
    print(2476)
elif x == 2477:
    print(2477)
elif x == 2478:
    print(2478)
elif x == 2479:
    print(2479)
elif x == 2480:
    print(2480)
elif x == 2481:
    print(2481)
elif x == 2482:
    print(2482)
elif x == 2483:
    print(2483)
elif x == 2484:
    print(2484)
elif x == 2485:
    print(2485)
elif x == 2486:
    print(2486)
elif x == 2487:
    print(2487)
elif x == 2488:
    print(2488)
elif x == 2489:
    print(2489)
elif x == 2490:
    print(2490)
elif x == 2491:
    print(2491)
elif x == 2492:
    print(2492)
elif x == 2493:
    print(2493)
elif x == 2494:
    print(2494)
elif x == 2495:
    print(2495)
elif x == 2496:
    print(2496)
elif x == 2497:
    print(2497)
elif x == 2498:
    print(2498)
elif x == 2499:
    print(2499)
elif x == 2500:
    print(2500)
elif x == 2501:
    print(2501)
elif x == 2502:
    print(2502)
elif x == 2503:
    print(2503)
elif x == 2504:
    print(2504)
elif x == 2505:
    print(2505)
elif x == 2506:
    print(2506)
elif x == 2507:
    print(2507)
elif x == 2508:
    print(2508)
elif x == 2509:
    print(2509)
elif x == 2510:
    print(2510)
elif x == 2511:
    print(2511)
elif x == 2512:
    print(2512)
elif x == 2513:
    print(2513)
elif x == 2514:
    print(2514)
elif x == 2515:
    print(2515)
elif x == 2516:
    print(2516)
elif x == 2517:
    print(2517)
elif x == 2518:
    print(2518)
elif x == 2519:
    print(2519)
elif x == 2520:
    print(2520)
elif x == 2521:
    print(2521)
elif x == 2522:
    print(2522)
elif x == 2523:
    print(2523)
elif x == 2524:
    print(2524)
elif x == 2525:
    print(2525)
elif x == 2526:
    print(2526)
elif x == 2527:
    print(2527)
elif x == 2528:
    print(2528)
elif x == 2529:
    print(2529)
elif x == 2530:
    print(2530)
elif x == 2531:
    print(2531)
elif x == 2532:
    print(2532)
elif x == 2533:
    print(2533)
elif x == 2534:
    print(2534)
elif x == 2535:
    print(2535)
elif x == 2536:
    print(2536)
elif x == 2537:
    print(2537)
elif x == 2538:
    print(2538)
elif x == 2539:
    print(2539)
elif x == 2540:
    print(2540)
elif x == 2541:
    print(2541)
elif x == 2542:
    print(2542)
elif x == 2543:
    print(2543)
elif x == 2544:
    print(2544)
elif x == 2545:
    print(2545)
elif x == 2546:
    print(2546)
elif x == 2547:
    print(2547)
elif x == 2548:
    print(2548)
elif x == 2549:
    print(2549)
elif x == 2550:
    print(2550)
elif x == 2551:
    print(2551)
elif x == 2552:
    print(2552)
elif x == 2553:
    print(2553)
elif x == 2554:
    print(2554)
elif x == 2555:
    print(2555)
elif x == 2556:
    print(2556)
elif x == 2557:
    print(2557)
elif x == 2558:
    print(2558)
elif x == 2559:
    print(2559)
elif x == 2560:
    print(2560)
elif x == 2561:
    print(2561)
elif x == 2562:
    print(2562)
elif x == 2563:
    print(2563)
elif x == 2564:
    print(2564)
elif x == 2565:
    print(2565)
elif x == 2566:
    print(2566)
elif x == 2567:
    print(2567)
elif x == 2568:
    print(2568)
elif x == 2569:
    print(2569)
elif x == 2570:
    print(2570)
elif x == 2571:
    print(2571)
elif x == 2572:
    print(2572)
elif x == 2573:
    print(2573)
elif x == 2574:
    print(2574)
elif x == 2575:
    print(2575)
elif x == 2576:
    print(2576)
elif x == 2577:
    print(2577)
elif x == 2578:
    print(2578)
elif x == 2579:
    print(2579)
elif x == 2580:
    print(2580)
elif x == 2581:
    print(2581)
elif x == 2582:
    print(2582)
elif x == 2583:
    print(2583)
elif x == 2584:
    print(2584)
elif x == 2585:
    print(2585)
elif x == 2586:
    print(2586)
elif x == 2587:
    print(2587)
elif x == 2588:
    print(2588)
elif x == 2589:
    print(2589)
elif x == 2590:
    print(2590)
elif x == 2591:
    print(2591)
elif x == 2592:
    print(2592)
elif x == 2593:
    print(2593)
elif x == 2594:
    print(2594)
elif x == 2595:
    print(2595)
elif x == 2596:
    print(2596)
elif x == 2597:
    print(2597)
elif x == 2598:
    print(2598)
elif x == 2599:
    print(2599)
elif x == 2600:
    print(2600)
elif x == 2601:
    print(2601)
elif x == 2602:
    print(2602)
elif x == 2603:
    print(2603)
elif x == 2604:
    print(2604)
elif x == 2605:
    print(2605)
elif x == 2606:
    print(2606)
elif x == 2607:
    print(2607)
elif x == 2608:
    print(2608)
elif x == 2609:
    print(2609)
elif x == 2610:
    print(2610)
elif x == 2611:
    print(2611)
elif x == 2612:
    print(2612)
elif x == 2613:
    print(2613)
elif x == 2614:
    print(2614)
elif x == 2615:
    print(2615)
elif x == 2616:
    print(2616)
elif x == 2617:
    print(2617)
elif x == 2618:
    print(2618)
elif x == 2619:
    print(2619)
elif x == 2620:
    print(2620)
elif x == 2621:
    print(2621)
elif x == 2622:
    print(2622)
elif x == 2623:
    print(2623)
elif x == 2624:
    print(2624)
elif x == 2625:
    print(2625)
elif x == 2626:
    print(2626)
elif x == 2627:
    print(2627)
elif x == 2628:
    print(2628)
elif x == 2629:
    print(2629)
elif x == 2630:
    print(2630)
elif x == 2631:
    print(2631)
elif x == 2632:
    print(2632)
elif x == 2633:
    print(2633)
elif x == 2634:
    print(2634)
elif x == 2635:
    print(2635)
elif x == 2636:
    print(2636)
elif x == 2637:
    print(2637)
elif x == 2638:
    print(2638)
elif x == 2639:
    print(2639)
elif x == 2640:
    print(2640)
elif x == 2641:
    print(2641)
elif x == 2642:
    print(2642)
elif x == 2643:
    print(2643)
elif x == 2644:
    print(2644)
elif x == 2645:
    print(2645)
elif x == 2646:
    print(2646)
elif x == 2647:
    print(2647)
elif x == 2648:
    print(2648)
elif x == 2649:
    print(2649)
elif x == 2650:
    print(2650)
elif x == 2651:
    print(2651)
elif x == 2652:
    print(2652)
elif x == 2653:
    print(2653)
elif x == 2654:
    print(2654)
elif x == 2655:
    print(2655)
elif x == 2656:
    print(2656)
elif x == 2657:
    print(2657)
elif x == 2658:
    print(2658)
elif x == 2659:
    print(2659)
elif x == 2660:
    print(2660)
elif x == 2661:
    print(2661)
elif x == 2662:
    print(2662)
elif x == 2663:
    print(2663)
elif x == 2664:
    print(2664)
elif x == 2665:
    print(2665)
elif x == 2666:
    print(2666)
elif x == 2667:
    print(2667)
elif x == 2668:
    print(2668)
elif x == 2669:
    print(2669)
elif x == 2670:
    print(2670)
elif x == 2671:
    print(2671)
elif x == 2672:
    print(2672)
elif x == 2673:
    print(2673)
elif x == 2674:
    print(2674)
elif x == 2675:
    print(2675)
elif x == 2676:
    print(2676)
elif x == 2677:
    print(2677)
elif x == 2678:
    print(2678)
elif x == 2679:
    print(2679)
elif x == 2680:
    print(2680)
elif x == 2681:
    print(2681)
elif x == 2682:
    print(2682)
elif x == 2683:
    print(2683)
elif x == 2684:
    print(2684)
elif x == 2685:
    print(2685)
elif x == 2686:
    print(2686)
elif x == 2687:
    print(2687)
elif x == 2688:
    print(2688)
elif x == 2689:
    print(2689)
elif x == 2690:
    print(2690)
elif x == 2691:
    print(2691)
elif x == 2692:
    print(2692)
elif x == 2693:
    print(2693)
elif x == 2694:
    print(2694)
elif x == 2695:
    print(2695)
elif x == 2696:
    print(2696)
elif x == 2697:
    print(2697)
elif x == 2698:
    print(2698)
elif x == 2699:
    print(2699)
elif x == 2700:
    print(2700)
elif x == 2701:
    print(2701)
elif x == 2702:
    print(2702)
elif x == 2703:
    print(2703)
elif x == 2704:
    print(2704)
elif x == 2705:
    print(2705)
elif x == 2706:
    print(2706)
elif x == 2707:
    print(2707)
elif x == 2708:
    print(2708)
elif x == 2709:
    print(2709)
elif x == 2710:
    print(2710)
elif x == 2711:
    print(2711)
elif x == 2712:
    print(2712)
elif x == 2713:
    print(2713)
elif x == 2714:
    print(2714)
elif x == 2715:
    print(2715)
elif x == 2716:
    print(2716)
elif x == 2717:
    print(2717)
elif x == 2718:
    print(2718)
elif x == 2719:
    print(2719)
elif x == 2720:
    print(2720)
elif x == 2721:
    print(2721)
elif x == 2722:
    print(2722)
elif x == 2723:
    print(2723)
elif x == 2724:
    print(2724)
elif x == 2725:
    print(2725)
elif x == 2726:
    print(2726)
elif x == 2727:
    print(2727)
elif x == 2728:
    print(2728)
elif x == 2729:
    print(2729)
elif x == 2730:
    print(2730)
elif x == 2731:
    print(2731)
elif x == 2732:
    print(2732)
elif x == 2733:
    print(2733)
elif x == 2734:
    print(2734)
elif x == 2735:
    print(2735)
elif x == 2736:
    print(2736)
elif x == 2737:
    print(2737)
elif x == 2738:
    print(2738)
elif x == 2739:
    print(2739)
elif x == 2740:
    print(2740)
elif x == 2741:
    print(2741)
elif x == 2742:
    print(2742)
elif x == 2743:
    print(2743)
elif x == 2744:
    print(2744)
elif x == 2745:
    print(2745)
elif x == 2746:
    print(2746)
elif x == 2747:
    print(2747)
elif x == 2748:
    print(2748)
elif x == 2749:
    print(2749)
elif x == 2750:
    print(2750)
elif x == 2751:
    print(2751)
elif x == 2752:
    print(2752)
elif x == 2753:
    print(2753)
elif x == 2754:
    print(2754)
elif x == 2755:
    print(2755)
elif x == 2756:
    print(2756)
elif x == 2757:
    print(2757)
elif x == 2758:
    print(2758)
elif x == 2759:
    print(2759)
elif x == 2760:
    print(2760)
elif x == 2761:
    print(2761)
elif x == 2762:
    print(2762)
elif x == 2763:
    print(2763)
elif x == 2764:
    print(2764)
elif x == 2765:
    print(2765)
elif x == 2766:
    print(2766)
elif x == 2767:
    print(2767)
elif x == 2768:
    print(2768)
elif x == 2769:
    print(2769)
elif x == 2770:
    print(2770)
elif x == 2771:
    print(2771)
elif x == 2772:
    print(2772)
elif x == 2773:
    print(2773)
elif x == 2774:
    print(2774)
elif x == 2775:
    print(2775)
elif x == 2776:
    print(2776)
elif x == 2777:
    print(2777)
elif x == 2778:
    print(2778)
elif x == 2779:
    print(2779)
elif x == 2780:
    print(2780)
elif x == 2781:
    print(2781)
elif x == 2782:
    print(2782)
elif x == 2783:
    print(2783)
elif x == 2784:
    print(2784)
elif x == 2785:
    print(2785)
elif x == 2786:
    print(2786)
elif x == 2787:
    print(2787)
elif x == 2788:
    print(2788)
elif x == 2789:
    print(2789)
elif x == 2790:
    print(2790)
elif x == 2791:
    print(2791)
elif x == 2792:
    print(2792)
elif x == 2793:
    print(2793)
elif x == 2794:
    print(2794)
elif x == 2795:
    print(2795)
elif x == 2796:
    print(2796)
elif x == 2797:
    print(2797)
elif x == 2798:
    print(2798)
elif x == 2799:
    print(2799)
elif x == 2800:
    print(2800)
elif x == 2801:
    print(2801)
elif x == 2802:
    print(2802)
elif x == 2803:
    print(2803)
elif x == 2804:
    print(2804)
elif x == 2805:
    print(2805)
elif x == 2806:
    print(2806)
elif x == 2807:
    print(2807)
elif x == 2808:
    print(2808)
elif x == 2809:
    print(2809)
elif x == 2810:
    print(2810)
elif x == 2811:
    print(2811)
elif x == 2812:
    print(2812)
elif x == 2813:
    print(2813)
elif x == 2814:
    print(2814)
elif x == 2815:
    print(2815)
elif x == 2816:
    print(2816)
elif x == 2817:
    print(2817)
elif x == 2818:
    print(2818)
elif x == 2819:
    print(2819)
elif x == 2820:
    print(2820)
elif x == 2821:
    print(2821)
elif x == 2822:
    print(2822)
elif x == 2823:
    print(2823)
elif x == 2824:
    print(2824)
elif x == 2825:
    print(2825)
elif x == 2826:
    print(2826)
elif x == 2827:
    print(2827)
elif x == 2828:
    print(2828)
elif x == 2829:
    print(2829)
elif x == 2830:
    print(2830)
elif x == 2831:
    print(2831)
elif x == 2832:
    print(2832)
elif x == 2833:
    print(2833)
elif x == 2834:
    print(2834)
elif x == 2835:
    print(2835)
elif x == 2836:
    print(2836)
elif x == 2837:
    print(2837)
elif x == 2838:
    print(2838)
elif x == 2839:
    print(2839)
elif x == 2840:
    print(2840)
elif x == 2841:
    print(2841)
elif x == 2842:
    print(2842)
elif x == 2843:
    print(2843)
elif x == 2844:
    print(2844)
elif x == 2845:
    print(2845)
elif x == 2846:
    print(2846)
elif x == 2847:
    print(2847)
elif x == 2848:
    print(2848)
elif x == 2849:
    print(2849)
elif x == 2850:
    print(2850)
elif x == 2851:
    print(2851)
elif x == 2852:
    print(2852)
elif x == 2853:
    print(2853)
elif x == 2854:
    print(2854)
elif x == 2855:
    print(2855)
elif x == 2856:
    print(2856)
elif x == 2857:
    print(2857)
elif x == 2858:
    print(2858)
elif x == 2859:
    print(2859)
elif x == 2860:
    print(2860)
elif x == 2861:
    print(2861)
elif x == 2862:
    print(2862)
elif x == 2863:
    print(2863)
elif x == 2864:
    print(2864)
elif x == 2865:
    print(2865)
elif x == 2866:
    print(2866)
elif x == 2867:
    print(2867)
elif x == 2868:
    print(2868)
elif x == 2869:
    print(2869)
elif x == 2870:
    print(2870)
elif x == 2871:
    print(2871)
elif x == 2872:
    print(2872)
elif x == 2873:
    print(2873)
elif x == 2874:
    print(2874)
elif x == 2875:
    print(2875)
elif x == 2876:
    print(2876)
elif x == 2877:
    print(2877)
elif x == 2878:
    print(2878)
elif x == 2879:
    print(2879)
elif x == 2880:
    print(2880)
elif x == 2881:
    print(2881)
elif x == 2882:
    print(2882)
elif x == 2883:
    print(2883)
elif x == 2884:
    print(2884)
elif x == 2885:
    print(2885)
elif x == 2886:
    print(2886)
elif x == 2887:
    print(2887)
elif x == 2888:
    print(2888)
elif x == 2889:
    print(2889)
elif x == 2890:
    print(2890)
elif x == 2891:
    print(2891)
elif x == 2892:
    print(2892)
elif x == 2893:
    print(2893)
elif x == 2894:
    print(2894)
elif x == 2895:
    print(2895)
elif x == 2896:
    print(2896)
elif x == 2897:
    print(2897)
elif x == 2898:
    print(2898)
elif x == 2899:
    print(2899)
elif x == 2900:
    print(2900)
elif x == 2901:
    print(2901)
elif x == 2902:
    print(2902)
elif x == 2903:
    print(2903)
elif x == 2904:
    print(2904)
elif x == 2905:
    print(2905)
elif x == 2906:
    print(2906)
elif x == 2907:
    print(2907)
elif x == 2908:
    print(2908)
elif x == 2909:
    print(2909)
elif x == 2910:
    print(2910)
elif x == 2911:
    print(2911)
elif x == 2912:
    print(2912)
elif x == 2913:
    print(2913)
elif x == 2914:
    print(2914)
elif x == 2915:
    print(2915)
elif x == 2916:
    print(2916)
elif x == 2917:
    print(2917)
elif x == 2918:
    print(2918)
elif x == 2919:
    print(2919)
elif x == 2920:
    print(2920)
elif x == 2921:
    print(2921)
elif x == 2922:
    print(2922)
elif x == 2923:
    print(2923)
elif x == 2924:
    print(2924)
elif x == 2925:
    print(2925)
elif x == 2926:
    print(2926)
elif x == 2927:
    print(2927)
elif x == 2928:
    print(2928)
elif x == 2929:
    print(2929)
elif x == 2930:
    print(2930)
elif x == 2931:
    print(2931)
elif x == 2932:
    print(2932)
elif x == 2933:
    print(2933)
elif x == 2934:
    print(2934)
elif x == 2935:
    print(2935)
elif x == 2936:
    print(2936)
elif x == 2937:
    print(2937)
elif x == 2938:
    print(2938)
elif x == 2939:
    print(2939)
elif x == 2940:
    print(2940)
elif x == 2941:
    print(2941)
elif x == 2942:
    print(2942)
elif x == 2943:
    print(2943)
elif x == 2944:
    print(2944)
elif x == 2945:
    print(2945)
elif x == 2946:
    print(2946)
elif x == 2947:
    print(2947)
elif x == 2948:
    print(2948)
elif x == 2949:
    print(2949)
elif x == 2950:
    print(2950)
elif x == 2951:
    print(2951)
elif x == 2952:
    print(2952)
elif x == 2953:
    print(2953)
elif x == 2954:
    print(2954)
elif x == 2955:
    print(2955)
elif x == 2956:
    print(2956)
elif x == 2957:
    print(2957)
elif x == 2958:
    print(2958)
elif x == 2959:
    print(2959)
elif x == 2960:
    print(2960)
elif x == 2961:
    print(2961)
elif x == 2962:
    print(2962)
elif x == 2963:
    print(2963)
elif x == 2964:
    print(2964)
elif x == 2965:
    print(2965)
elif x == 2966:
    print(2966)
elif x == 2967:
    print(2967)
elif x == 2968:
    print(2968)
elif x == 2969:
    print(2969)
elif x == 2970:
    print(2970)
elif x == 2971:
    print(2971)
elif x == 2972:
    print(2972)
elif x == 2973:
    print(2973)
elif x == 2974:
    print(2974)
elif x == 2975:
    print(2975)
elif x == 2976:
    print(2976)
elif x == 2977:
    print(2977)
elif x == 2978:
    print(2978)
elif x == 2979:
    print(2979)
elif x == 2980:
    print(2980)
elif x == 2981:
    print(2981)
elif x == 2982:
    print(2982)
elif x == 2983:
    print(2983)
elif x == 2984:
    print(2984)
elif x == 2985:
    print(2985)
elif x == 2986:
    print(2986)
elif x == 2987:
    print(2987)
elif x == 2988:
    print(2988)
elif x == 2989:
    print(2989)
elif x == 2990:
    print(2990)
elif x == 2991:
    print(2991)
elif x == 2992:
    print(2992)
elif x == 2993:
    print(2993)
elif x == 2994:
    print(2994)
elif x == 2995:
    print(2995)
elif x == 2996:
    print(2996)
elif x == 2997:
    print(2997)
elif x == 2998:
    print(2998)
elif x == 2999:
    print(2999)
elif x == 3000:
    print(3000)
elif x == 3001:
    print(3001)
elif x == 3002:
    print(3002)
elif x == 3003:
    print(3003)
elif x == 3004:
    print(3004)
elif x == 3005:
    print(3005)
elif x == 3006:
    print(3006)
elif x == 3007:
    print(3007)
elif x == 3008:
    print(3008)
elif x == 3009:
    print(3009)
elif x == 3010:
    print(3010)
elif x == 3011:
    print(3011)
elif x == 3012:
    print(3012)
elif x == 3013:
    print(3013)
elif x == 3014:
    print(3014)
elif x == 3015:
    print(3015)
elif x == 3016:
    print(3016)
elif x == 3017:
    print(3017)
elif x == 3018:
    print(3018)
elif x == 3019:
    print(3019)
elif x == 3020:
    print(3020)
elif x == 3021:
    print(3021)
elif x == 3022:
    print(3022)
elif x == 3023:
    print(3023)
elif x == 3024:
    print(3024)
elif x == 3025:
    print(3025)
elif x == 3026:
    print(3026)
elif x == 3027:
    print(3027)
elif x == 3028:
    print(3028)
elif x == 3029:
    print(3029)
elif x == 3030:
    print(3030)
elif x == 3031:
    print(3031)
elif x == 3032:
    print(3032)
elif x == 3033:
    print(3033)
elif x == 3034:
    print(3034)
elif x == 3035:
    print(3035)
elif x == 3036:
    print(3036)
elif x == 3037:
    print(3037)
elif x == 3038:
    print(3038)
elif x == 3039:
    print(3039)
elif x == 3040:
    print(3040)
elif x == 3041:
    print(3041)
elif x == 3042:
    print(3042)
elif x == 3043:
    print(3043)
elif x == 3044:
    print(3044)
elif x == 3045:
    print(3045)
elif x == 3046:
    print(3046)
elif x == 3047:
    print(3047)
elif x == 3048:
    print(3048)
elif x == 3049:
    print(3049)
elif x == 3050:
    print(3050)
elif x == 3051:
    print(3051)
elif x == 3052:
    print(3052)
elif x == 3053:
    print(3053)
elif x == 3054:
    print(3054)
elif x == 3055:
    print(3055)
elif x == 3056:
    print(3056)
elif x == 3057:
    print(3057)
elif x == 3058:
    print(3058)
elif x == 3059:
    print(3059)
elif x == 3060:
    print(3060)
elif x == 3061:
    print(3061)
elif x == 3062:
    print(3062)
elif x == 3063:
    print(3063)
elif x == 3064:
    print(3064)
elif x == 3065:
    print(3065)
elif x == 3066:
    print(3066)
elif x == 3067:
    print(3067)
elif x == 3068:
    print(3068)
elif x == 3069:
    print(3069)
elif x == 3070:
    print(3070)
elif x == 3071:
    print(3071)
elif x == 3072:
    print(3072)
elif x == 3073:
    print(3073)
elif x == 3074:
    print(3074)
elif x == 3075:
    print(3075)
elif x == 3076:
    print(3076)
elif x == 3077:
    print(3077)
elif x == 3078:
    print(3078)
elif x == 3079:
    print(3079)
elif x == 3080:
    print(3080)
elif x == 3081:
    print(3081)
elif x == 3082:
    print(3082)
elif x == 3083:
    print(3083)
elif x == 3084:
    print(3084)
elif x == 3085:
    print(3085)
elif x == 3086:
    print(3086)
elif x == 3087:
    print(3087)
elif x == 3088:
    print(3088)
elif x == 3089:
    print(3089)
elif x == 3090:
    print(3090)
elif x == 3091:
    print(3091)
elif x == 3092:
    print(3092)
elif x == 3093:
    print(3093)
elif x == 3094:
    print(3094)
elif x == 3095:
    print(3095)
elif x == 3096:
    print(3096)
elif x == 3097:
    print(3097)
elif x == 3098:
    print(3098)
elif x == 3099:
    print(3099)
elif x == 3100:
    print(3100)
elif x == 3101:
    print(3101)
elif x == 3102:
    print(3102)
elif x == 3103:
    print(3103)
elif x == 3104:
    print(3104)
elif x == 3105:
    print(3105)
elif x == 3106:
    print(3106)
elif x == 3107:
    print(3107)
elif x == 3108:
    print(3108)
elif x == 3109:
    print(3109)
elif x == 3110:
    print(3110)
elif x == 3111:
    print(3111)
elif x == 3112:
    print(3112)
elif x == 3113:
    print(3113)
elif x == 3114:
    print(3114)
elif x == 3115:
    print(3115)
elif x == 3116:
    print(3116)
elif x == 3117:
    print(3117)
elif x == 3118:
    print(3118)
elif x == 3119:
    print(3119)
elif x == 3120:
    print(3120)
elif x == 3121:
    print(3121)
elif x == 3122:
    print(3122)
elif x == 3123:
    print(3123)
elif x == 3124:
    print(3124)
elif x == 3125:
    print(3125)
elif x == 3126:
    print(3126)
elif x == 3127:
    print(3127)
elif x == 3128:
    print(3128)
elif x == 3129:
    print(3129)
elif x == 3130:
    print(3130)
elif x == 3131:
    print(3131)
elif x == 3132:
    print(3132)
elif x == 3133:
    print(3133)
elif x == 3134:
    print(3134)
elif x == 3135:
    print(3135)
elif x == 3136:
    print(3136)
elif x == 3137:
    print(3137)
elif x == 3138:
    print(3138)
elif x == 3139:
    print(3139)
elif x == 3140:
    print(3140)
elif x == 3141:
    print(3141)
elif x == 3142:
    print(3142)
elif x == 3143:
    print(3143)
elif x == 3144:
    print(3144)
elif x == 3145:
    print(3145)
elif x == 3146:
    print(3146)
elif x == 3147:
    print(3147)
elif x == 3148:
    print(3148)
elif x == 3149:
    print(3149)
elif x == 3150:
    print(3150)
elif x == 3151:
    print(3151)
elif x == 3152:
    print(3152)
elif x == 3153:
    print(3153)
elif x == 3154:
    print(3154)
elif x == 3155:
    print(3155)
elif x == 3156:
    print(3156)
elif x == 3157:
    print(3157)
elif x == 3158:
    print(3158)
elif x == 3159:
    print(3159)
elif x == 3160:
    print(3160)
elif x == 3161:
    print(3161)
elif x == 3162:
    print(3162)
elif x == 3163:
    print(3163)
elif x == 3164:
    print(3164)
elif x == 3165:
    print(3165)
elif x == 3166:
    print(3166)
elif x == 3167:
    print(3167)
elif x == 3168:
    print(3168)
elif x == 3169:
    print(3169)
elif x == 3170:
    print(3170)
elif x == 3171:
    print(3171)
elif x == 3172:
    print(3172)
elif x == 3173:
    print(3173)
elif x == 3174:
    print(3174)
elif x == 3175:
    print(3175)
elif x == 3176:
    print(3176)
elif x == 3177:
    print(3177)
elif x == 3178:
    print(3178)
elif x == 3179:
    print(3179)
elif x == 3180:
    print(3180)
elif x == 3181:
    print(3181)
elif x == 3182:
    print(3182)
elif x == 3183:
    print(3183)
elif x == 3184:
    print(3184)
elif x == 3185:
    print(3185)
elif x == 3186:
    print(3186)
elif x == 3187:
    print(3187)
elif x == 3188:
    print(3188)
elif x == 3189:
    print(3189)
elif x == 3190:
    print(3190)
elif x == 3191:
    print(3191)
elif x == 3192:
    print(3192)
elif x == 3193:
    print(3193)
elif x == 3194:
    print(3194)
elif x == 3195:
    print(3195)
elif x == 3196:
    print(3196)
elif x == 3197:
    print(3197)
elif x == 3198:
    print(3198)
elif x == 3199:
    print(3199)
elif x == 3200:
    print(3200)
elif x == 3201:
    print(3201)
elif x == 3202:
    print(3202)
elif x == 3203:
    print(3203)
elif x == 3204:
    print(3204)
elif x == 3205:
    print(3205)
elif x == 3206:
    print(3206)
elif x == 3207:
    print(3207)
elif x == 3208:
    print(3208)
elif x == 3209:
    print(3209)
elif x == 3210:
    print(3210)
elif x == 3211:
    print(3211)
elif x == 3212:
    print(3212)
elif x == 3213:
    print(3213)
elif x == 3214:
    print(3214)
elif x == 3215:
    print(3215)
elif x == 3216:
    print(3216)
elif x == 3217:
    print(3217)
elif x == 3218:
    print(3218)
elif x == 3219:
    print(3219)
elif x == 3220:
    print(3220)
elif x == 3221:
    print(3221)
elif x == 3222:
    print(3222)
elif x == 3223:
    print(3223)
elif x == 3224:
    print(3224)
elif x == 3225:
    print(3225)
elif x == 3226:
    print(3226)
elif x == 3227:
    print(3227)
elif x == 3228:
    print(3228)
elif x == 3229:
    print(3229)
elif x == 3230:
    print(3230)
elif x == 3231:
    print(3231)
elif x == 3232:
    print(3232)
elif x == 3233:
    print(3233)
elif x == 3234:
    print(3234)
elif x == 3235:
    print(3235)
elif x == 3236:
    print(3236)
elif x == 3237:
    print(3237)
elif x == 3238:
    print(3238)
elif x == 3239:
    print(3239)
elif x == 3240:
    print(3240)
elif x == 3241:
    print(3241)
elif x == 3242:
    print(3242)
elif x == 3243:
    print(3243)
elif x == 3244:
    print(3244)
elif x == 3245:
    print(3245)
elif x == 3246:
    print(3246)
elif x == 3247:
    print(3247)
elif x == 3248:
    print(3248)
elif x == 3249:
    print(3249)
elif x == 3250:
    print(3250)
elif x == 3251:
    print(3251)
elif x == 3252:
    print(3252)
elif x == 3253:
    print(3253)
elif x == 3254:
    print(3254)
elif x == 3255:
    print(3255)
elif x == 3256:
    print(3256)
elif x == 3257:
    print(3257)
elif x == 3258:
    print(3258)
elif x == 3259:
    print(3259)
elif x == 3260:
    print(3260)
elif x == 3261:
    print(3261)
elif x == 3262:
    print(3262)
elif x == 3263:
    print(3263)
elif x == 3264:
    print(3264)
elif x == 3265:
    print(3265)
elif x == 3266:
    print(3266)
elif x == 3267:
    print(3267)
elif x == 3268:
    print(3268)
elif x == 3269:
    print(3269)
elif x == 3270:
    print(3270)
elif x == 3271:
    print(3271)
elif x == 3272:
    print(3272)
elif x == 3273:
    print(3273)
elif x == 3274:
    print(3274)
elif x == 3275:
    print(3275)
elif x == 3276:
    print(3276)
elif x == 3277:
    print(3277)
elif x == 3278:
    print(3278)
elif x == 3279:
    print(3279)
elif x == 3280:
    print(3280)
elif x == 3281:
    print(3281)
elif x == 3282:
    print(3282)
elif x == 3283:
    print(3283)
elif x == 3284:
    print(3284)
elif x == 3285:
    print(3285)
elif x == 3286:
    print(3286)
elif x == 3287:
    print(3287)
elif x == 3288:
    print(3288)
elif x == 3289:
    print(3289)
elif x == 3290:
    print(3290)
elif x == 3291:
    print(3291)
elif x == 3292:
    print(3292)
elif x == 3293:
    print(3293)
elif x == 3294:
    print(3294)
elif x == 3295:
    print(3295)
elif x == 3296:
    print(3296)
elif x == 3297:
    print(3297)
elif x == 3298:
    print(3298)
elif x == 3299:
    print(3299)
elif x == 3300:
    print(3300)
elif x == 3301:
    print(3301)
elif x == 3302:
    print(3302)
elif x == 3303:
    print(3303)
elif x == 3304:
    print(3304)
elif x == 3305:
    print(3305)
elif x == 3306:
    print(3306)
elif x == 3307:
    print(3307)
elif x == 3308:
    print(3308)
elif x == 3309:
    print(3309)
elif x == 3310:
    print(3310)
elif x == 3311:
    print(3311)
elif x == 3312:
    print(3312)
elif x == 3313:
    print(3313)
elif x == 3314:
    print(3314)
elif x == 3315:
    print(3315)
elif x == 3316:
    print(3316)
elif x == 3317:
    print(3317)
elif x == 3318:
    print(3318)
elif x == 3319:
    print(3319)
elif x == 3320:
    print(3320)
elif x == 3321:
    print(3321)
elif x == 3322:
    print(3322)
elif x == 3323:
    print(3323)
elif x == 3324:
    print(3324)
elif x == 3325:
    print(3325)
elif x == 3326:
    print(3326)
elif x == 3327:
    print(3327)
elif x == 3328:
    print(3328)
elif x == 3329:
    print(3329)
elif x == 3330:
    print(3330)
elif x == 3331:
    print(3331)
elif x == 3332:
    print(3332)
elif x == 3333:
    print(3333)
elif x == 3334:
    print(3334)
elif x == 3335:
    print(3335)
elif x == 3336:
    print(3336)
elif x == 3337:
    print(3337)
elif x == 3338:
    print(3338)
elif x == 3339:
    print(3339)
elif x == 3340:
    print(3340)
elif x == 3341:
    print(3341)
elif x == 3342:
    print(3342)
elif x == 3343:
    print(3343)
elif x == 3344:
    print(3344)
elif x == 3345:
    print(3345)
elif x == 3346:
    print(3346)
elif x == 3347:
    print(3347)
elif x == 3348:
    print(3348)
elif x == 3349:
    print(3349)
elif x == 3350:
    print(3350)
elif x == 3351:
    print(3351)
elif x == 3352:
    print(3352)
elif x == 3353:
    print(3353)
elif x == 3354:
    print(3354)
elif x == 3355:
    print(3355)
elif x == 3356:
    print(3356)
elif x == 3357:
    print(3357)
elif x == 3358:
    print(3358)
elif x == 3359:
    print(3359)
elif x == 3360:
    print(3360)
elif x == 3361:
    print(3361)
elif x == 3362:
    print(3362)
elif x == 3363:
    print(3363)
elif x == 3364:
    print(3364)
elif x == 3365:
    print(3365)
elif x == 3366:
    print(3366)
elif x == 3367:
    print(3367)
elif x == 3368:
    print(3368)
elif x == 3369:
    print(3369)
elif x == 3370:
    print(3370)
elif x == 3371:
    print(3371)
elif x == 3372:
    print(3372)
elif x == 3373:
    print(3373)
elif x == 3374:
    print(3374)
elif x == 3375:
    print(3375)
elif x == 3376:
    print(3376)
elif x == 3377:
    print(3377)
elif x == 3378:
    print(3378)
elif x == 3379:
    print(3379)
elif x == 3380:
    print(3380)
elif x == 3381:
    print(3381)
elif x == 3382:
    print(3382)
elif x == 3383:
    print(3383)
elif x == 3384:
    print(3384)
elif x == 3385:
    print(3385)
elif x == 3386:
    print(3386)
elif x == 3387:
    print(3387)
elif x == 3388:
    print(3388)
elif x == 3389:
    print(3389)
elif x == 3390:
    print(3390)
elif x == 3391:
    print(3391)
elif x == 3392:
    print(3392)
elif x == 3393:
    print(3393)
elif x == 3394:
    print(3394)
elif x == 3395:
    print(3395)
elif x == 3396:
    print(3396)
elif x == 3397:
    print(3397)
elif x == 3398:
    print(3398)
elif x == 3399:
    print(3399)
elif x == 3400:
    print(3400)
elif x == 3401:
    print(3401)
elif x == 3402:
    print(3402)
elif x == 3403:
    print(3403)
elif x == 3404:
    print(3404)
elif x == 3405:
    print(3405)
elif x == 3406:
    print(3406)
elif x == 3407:
    print(3407)
elif x == 3408:
    print(3408)
elif x == 3409:
    print(3409)
elif x == 3410:
    print(3410)
elif x == 3411:
    print(3411)
elif x == 3412:
    print(3412)
elif x == 3413:
    print(3413)
elif x == 3414:
    print(3414)
elif x == 3415:
    print(3415)
elif x == 3416:
    print(3416)
elif x == 3417:
    print(3417)
elif x == 3418:
    print(3418)
elif x == 3419:
    print(3419)
elif x == 3420:
    print(3420)
elif x == 3421:
    print(3421)
elif x == 3422:
    print(3422)
elif x == 3423:
    print(3423)
elif x == 3424:
    print(3424)
elif x == 3425:
    print(3425)
elif x == 3426:
    print(3426)
elif x == 3427:
    print(3427)
elif x == 3428:
    print(3428)
elif x == 3429:
    print(3429)
elif x == 3430:
    print(3430)
elif x == 3431:
    print(3431)
elif x == 3432:
    print(3432)
elif x == 3433:
    print(3433)
elif x == 3434:
    print(3434)
elif x == 3435:
    print(3435)
elif x == 3436:
    print(3436)
elif x == 3437:
    print(3437)
elif x == 3438:
    print(3438)
elif x == 3439:
    print(3439)
elif x == 3440:
    print(3440)
elif x == 3441:
    print(3441)
elif x == 3442:
    print(3442)
elif x == 3443:
    print(3443)
elif x == 3444:
    print(3444)
elif x == 3445:
    print(3445)
elif x == 3446:
    print(3446)
elif x == 3447:
    print(3447)
elif x == 3448:
    print(3448)
elif x == 3449:
    print(3449)
elif x == 3450:
    print(3450)
elif x == 3451:
    print(3451)
elif x == 3452:
    print(3452)
elif x == 3453:
    print(3453)
elif x == 3454:
    print(3454)
elif x == 3455:
    print(3455)
elif x == 3456:
    print(3456)
elif x == 3457:
    print(3457)
elif x == 3458:
    print(3458)
elif x == 3459:
    print(3459)
elif x == 3460:
    print(3460)
elif x == 3461:
    print(3461)
elif x == 3462:
    print(3462)
elif x == 3463:
    print(3463)
elif x == 3464:
    print(3464)
elif x == 3465:
    print(3465)
elif x == 3466:
    print(3466)
elif x == 3467:
    print(3467)
elif x == 3468:
    print(3468)
elif x == 3469:
    print(3469)
elif x == 3470:
    print(3470)
elif x == 3471:
    print(3471)
elif x == 3472:
    print(3472)
elif x == 3473:
    print(3473)
elif x == 3474:
    print(3474)
elif x == 3475:
    print(3475)
elif x == 3476:
    print(3476)
elif x == 3477:
    print(3477)
elif x == 3478:
    print(3478)
elif x == 3479:
    print(3479)
elif x == 3480:
    print(3480)
elif x == 3481:
    print(3481)
elif x == 3482:
    print(3482)
elif x == 3483:
    print(3483)
elif x == 3484:
    print(3484)
elif x == 3485:
    print(3485)
elif x == 3486:
    print(3486)
elif x == 3487:
    print(3487)
elif x == 3488:
    print(3488)
elif x == 3489:
    print(3489)
elif x == 3490:
    print(3490)
elif x == 3491:
    print(3491)
elif x == 3492:
    print(3492)
elif x == 3493:
    print(3493)
elif x == 3494:
    print(3494)
elif x == 3495:
    print(3495)
elif x == 3496:
    print(3496)
elif x == 3497:
    print(3497)
elif x == 3498:
    print(3498)
elif x == 3499:
    print(3499)
elif x == 3500:
    print(3500)
elif x == 3501:
    print(3501)
elif x == 3502:
    print(3502)
elif x == 3503:
    print(3503)
elif x == 3504:
    print(3504)
elif x == 3505:
    print(3505)
elif x == 3506:
    print(3506)
elif x == 3507:
    print(3507)
elif x == 3508:
    print(3508)
elif x == 3509:
    print(3509)
elif x == 3510:
    print(3510)
elif x == 3511:
    print(3511)
elif x == 3512:
    print(3512)
elif x == 3513:
    print(3513)
elif x == 3514:
    print(3514)
elif x == 3515:
    print(3515)
elif x == 3516:
    print(3516)
elif x == 3517:
    print(3517)
elif x == 3518:
    print(3518)
elif x == 3519:
    print(3519)
elif x == 3520:
    print(3520)
elif x == 3521:
    print(3521)
elif x == 3522:
    print(3522)
elif x == 3523:
    print(3523)
elif x == 3524:
    print(3524)
elif x == 3525:
    print(3525)
elif x == 3526:
    print(3526)
elif x == 3527:
    print(3527)
elif x == 3528:
    print(3528)
elif x == 3529:
    print(3529)
elif x == 3530:
    print(3530)
elif x == 3531:
    print(3531)
elif x == 3532:
    print(3532)
elif x == 3533:
    print(3533)
elif x == 3534:
    print(3534)
elif x == 3535:
    print(3535)
elif x == 3536:
    print(3536)
elif x == 3537:
    print(3537)
elif x == 3538:
    print(3538)
elif x == 3539:
    print(3539)
elif x == 3540:
    print(3540)
elif x == 3541:
    print(3541)
elif x == 3542:
    print(3542)
elif x == 3543:
    print(3543)
elif x == 3544:
    print(3544)
elif x == 3545:
    print(3545)
elif x == 3546:
    print(3546)
elif x == 3547:
    print(3547)
elif x == 3548:
    print(3548)
elif x == 3549:
    print(3549)
elif x == 3550:
    print(3550)
elif x == 3551:
    print(3551)
elif x == 3552:
    print(3552)
elif x == 3553:
    print(3553)
elif x == 3554:
    print(3554)
elif x == 3555:
    print(3555)
elif x == 3556:
    print(3556)
elif x == 3557:
    print(3557)
elif x == 3558:
    print(3558)
elif x == 3559:
    print(3559)
elif x == 3560:
    print(3560)
elif x == 3561:
    print(3561)
elif x == 3562:
    print(3562)
elif x == 3563:
    print(3563)
elif x == 3564:
    print(3564)
elif x == 3565:
    print(3565)
elif x == 3566:
    print(3566)
elif x == 3567:
    print(3567)
elif x == 3568:
    print(3568)
elif x == 3569:
    print(3569)
elif x == 3570:
    print(3570)
elif x == 3571:
    print(3571)
elif x == 3572:
    print(3572)
elif x == 3573:
    print(3573)
elif x == 3574:
    print(3574)
elif x == 3575:
    print(3575)
elif x == 3576:
    print(3576)
elif x == 3577:
    print(3577)
elif x == 3578:
    print(3578)
elif x == 3579:
    print(3579)
elif x == 3580:
    print(3580)
elif x == 3581:
    print(3581)
elif x == 3582:
    print(3582)
elif x == 3583:
    print(3583)
elif x == 3584:
    print(3584)
elif x == 3585:
    print(3585)
elif x == 3586:
    print(3586)
elif x == 3587:
    print(3587)
elif x == 3588:
    print(3588)
elif x == 3589:
    print(3589)
elif x == 3590:
    print(3590)
elif x == 3591:
    print(3591)
elif x == 3592:
    print(3592)
elif x == 3593:
    print(3593)
elif x == 3594:
    print(3594)
elif x == 3595:
    print(3595)
elif x == 3596:
    print(3596)
elif x == 3597:
    print(3597)
elif x == 3598:
    print(3598)
elif x == 3599:
    print(3599)
elif x == 3600:
    print(3600)
elif x == 3601:
    print(3601)
elif x == 3602:
    print(3602)
elif x == 3603:
    print(3603)
elif x == 3604:
    print(3604)
elif x == 3605:
    print(3605)
elif x == 3606:
    print(3606)
elif x == 3607:
    print(3607)
elif x == 3608:
    print(3608)
elif x == 3609:
    print(3609)
elif x == 3610:
    print(3610)
elif x == 3611:
    print(3611)
elif x == 3612:
    print(3612)
elif x == 3613:
    print(3613)
elif x == 3614:
    print(3614)
elif x == 3615:
    print(3615)
elif x == 3616:
    print(3616)
elif x == 3617:
    print(3617)
elif x == 3618:
    print(3618)
elif x == 3619:
    print(3619)
elif x == 3620:
    print(3620)
elif x == 3621:
    print(3621)
elif x == 3622:
    print(3622)
elif x == 3623:
    print(3623)
elif x == 3624:
    print(3624)
elif x == 3625:
    print(3625)
elif x == 3626:
    print(3626)
elif x == 3627:
    print(3627)
elif x == 3628:
    print(3628)
elif x == 3629:
    print(3629)
elif x == 3630:
    print(3630)
elif x == 3631:
    print(3631)
elif x == 3632:
    print(3632)
elif x == 3633:
    print(3633)
elif x == 3634:
    print(3634)
elif x == 3635:
    print(3635)
elif x == 3636:
    print(3636)
elif x == 3637:
    print(3637)
elif x == 3638:
    print(3638)
elif x == 3639:
    print(3639)
elif x == 3640:
    print(3640)
elif x == 3641:
    print(3641)
elif x == 3642:
    print(3642)
elif x == 3643:
    print(3643)
elif x == 3644:
    print(3644)
elif x == 3645:
    print(3645)
elif x == 3646:
    print(3646)
elif x == 3647:
    print(3647)
elif x == 3648:
    print(3648)
elif x == 3649:
    print(3649)
elif x == 3650:
    print(3650)
elif x == 3651:
    print(3651)
elif x == 3652:
    print(3652)
elif x == 3653:
    print(3653)
elif x == 3654:
    print(3654)
elif x == 3655:
    print(3655)
elif x == 3656:
    print(3656)
elif x == 3657:
    print(3657)
elif x == 3658:
    print(3658)
elif x == 3659:
    print(3659)
elif x == 3660:
    print(3660)
elif x == 3661:
    print(3661)
elif x == 3662:
    print(3662)
elif x == 3663:
    print(3663)
elif x == 3664:
    print(3664)
elif x == 3665:
    print(3665)
elif x == 3666:
    print(3666)
elif x == 3667:
    print(3667)
elif x == 3668:
    print(3668)
elif x == 3669:
    print(3669)
elif x == 3670:
    print(3670)
elif x == 3671:
    print(3671)
elif x == 3672:
    print(3672)
elif x == 3673:
    print(3673)
elif x == 3674:
    print(3674)
elif x == 3675:
    print(3675)
elif x == 3676:
    print(3676)
elif x == 3677:
    print(3677)
elif x == 3678:
    print(3678)
elif x == 3679:
    print(3679)
elif x == 3680:
    print(3680)
elif x == 3681:
    print(3681)
elif x == 3682:
    print(3682)
elif x == 3683:
    print(3683)
elif x == 3684:
    print(3684)
elif x == 3685:
    print(3685)
elif x == 3686:
    print(3686)
elif x == 3687:
    print(3687)
elif x == 3688:
    print(3688)
elif x == 3689:
    print(3689)
elif x == 3690:
    print(3690)
elif x == 3691:
    print(3691)
elif x == 3692:
    print(3692)
elif x == 3693:
    print(3693)
elif x == 3694:
    print(3694)
elif x == 3695:
    print(3695)
elif x == 3696:
    print(3696)
elif x == 3697:
    print(3697)
elif x == 3698:
    print(3698)
elif x == 3699:
    print(3699)
elif x == 3700:
    print(3700)
elif x == 3701:
    print(3701)
elif x == 3702:
    print(3702)
elif x == 3703:
    print(3703)
elif x == 3704:
    print(3704)
elif x == 3705:
    print(3705)
elif x == 3706:
    print(3706)
elif x == 3707:
    print(3707)
elif x == 3708:
    print(3708)
elif x == 3709:
    print(3709)
elif x == 3710:
    print(3710)
elif x == 3711:
    print(3711)
elif x == 3712:
    print(3712)
elif x == 3713:
    print(3713)
elif x == 3714:
    print(3714)
elif x == 3715:
    print(3715)
elif x == 3716:
    print(3716)
elif x == 3717:
    print(3717)
elif x == 3718:
    print(3718)
elif x == 3719:
    print(3719)
elif x == 3720:
    print(3720)
elif x == 3721:
    print(3721)
elif x == 3722:
    print(3722)
elif x == 3723:
    print(3723)
elif x == 3724:
    print(3724)
elif x == 3725:
    print(3725)
elif x == 3726:
    print(3726)
elif x == 3727:
    print(3727)
elif x == 3728:
    print(3728)
elif x == 3729:
    print(3729)
elif x == 3730:
    print(3730)
elif x == 3731:
    print(3731)
elif x == 3732:
    print(3732)
elif x == 3733:
    print(3733)
elif x == 3734:
    print(3734)
elif x == 3735:
    print(3735)
elif x == 3736:
    print(3736)
elif x == 3737:
    print(3737)
elif x == 3738:
    print(3738)
elif x == 3739:
    print(3739)
elif x == 3740:
    print(3740)
elif x == 3741:
    print(3741)
elif x == 3742:
    print(3742)
elif x == 3743:
    print(3743)
elif x == 3744:
    print(3744)
elif x == 3745:
    print(3745)
elif x == 3746:
    print(3746)
elif x == 3747:
    print(3747)
elif x == 3748:
    print(3748)
elif x == 3749:
    print(3749)
elif x == 3750:
    print(3750)
elif x == 3751:
    print(3751)
elif x == 3752:
    print(3752)
elif x == 3753:
    print(3753)
elif x == 3754:
    print(3754)
elif x == 3755:
    print(3755)
elif x == 3756:
    print(3756)
elif x == 3757:
    print(3757)
elif x == 3758:
    print(3758)
elif x == 3759:
    print(3759)
elif x == 3760:
    print(3760)
elif x == 3761:
    print(3761)
elif x == 3762:
    print(3762)
elif x == 3763:
    print(3763)
elif x == 3764:
    print(3764)
elif x == 3765:
    print(3765)
elif x == 3766:
    print(3766)
elif x == 3767:
    print(3767)
elif x == 3768:
    print(3768)
elif x == 3769:
    print(3769)
elif x == 3770:
    print(3770)
elif x == 3771:
    print(3771)
elif x == 3772:
    print(3772)
elif x == 3773:
    print(3773)
elif x == 3774:
    print(3774)
elif x == 3775:
    print(3775)
elif x == 3776:
    print(3776)
elif x == 3777:
    print(3777)
elif x == 3778:
    print(3778)
elif x == 3779:
    print(3779)
elif x == 3780:
    print(3780)
elif x == 3781:
    print(3781)
elif x == 3782:
    print(3782)
elif x == 3783:
    print(3783)
elif x == 3784:
    print(3784)
elif x == 3785:
    print(3785)
elif x == 3786:
    print(3786)
elif x == 3787:
    print(3787)
elif x == 3788:
    print(3788)
elif x == 3789:
    print(3789)
elif x == 3790:
    print(3790)
elif x == 3791:
    print(3791)
elif x == 3792:
    print(3792)
elif x == 3793:
    print(3793)
elif x == 3794:
    print(3794)
elif x == 3795:
    print(3795)
elif x == 3796:
    print(3796)
elif x == 3797:
    print(3797)
elif x == 3798:
    print(3798)
elif x == 3799:
    print(3799)
elif x == 3800:
    print(3800)
elif x == 3801:
    print(3801)
elif x == 3802:
    print(3802)
elif x == 3803:
    print(3803)
elif x == 3804:
    print(3804)
elif x == 3805:
    print(3805)
elif x == 3806:
    print(3806)
elif x == 3807:
    print(3807)
elif x == 3808:
    print(3808)
elif x == 3809:
    print(3809)
elif x == 3810:
    print(3810)
elif x == 3811:
    print(3811)
elif x == 3812:
    print(3812)
elif x == 3813:
    print(3813)
elif x == 3814:
    print(3814)
elif x == 3815:
    print(3815)
elif x == 3816:
    print(3816)
elif x == 3817:
    print(3817)
elif x == 3818:
    print(3818)
elif x == 3819:
    print(3819)
elif x == 3820:
    print(3820)
elif x == 3821:
    print(3821)
elif x == 3822:
    print(3822)
elif x == 3823:
    print(3823)
elif x == 3824:
    print(3824)
elif x == 3825:
    print(3825)
elif x == 3826:
    print(3826)
elif x == 3827:
    print(3827)
elif x == 3828:
    print(3828)
elif x == 3829:
    print(3829)
elif x == 3830:
    print(3830)
elif x == 3831:
    print(3831)
elif x == 3832:
    print(3832)
elif x == 3833:
    print(3833)
elif x == 3834:
    print(3834)
elif x == 3835:
    print(3835)
elif x == 3836:
    print(3836)
elif x == 3837:
    print(3837)
elif x == 3838:
    print(3838)
elif x == 3839:
    print(3839)
elif x == 3840:
    print(3840)
elif x == 3841:
    print(3841)
elif x == 3842:
    print(3842)
elif x == 3843:
    print(3843)
elif x == 3844:
    print(3844)
elif x == 3845:
    print(3845)
elif x == 3846:
    print(3846)
elif x == 3847:
    print(3847)
elif x == 3848:
    print(3848)
elif x == 3849:
    print(3849)
elif x == 3850:
    print(3850)
elif x == 3851:
    print(3851)
elif x == 3852:
    print(3852)
elif x == 3853:
    print(3853)
elif x == 3854:
    print(3854)
elif x == 3855:
    print(3855)
elif x == 3856:
    print(3856)
elif x == 3857:
    print(3857)
elif x == 3858:
    print(3858)
elif x == 3859:
    print(3859)
elif x == 3860:
    print(3860)
elif x == 3861:
    print(3861)
elif x == 3862:
    print(3862)
elif x == 3863:
    print(3863)
elif x == 3864:
    print(3864)
elif x == 3865:
    print(3865)
elif x == 3866:
    print(3866)
elif x == 3867:
    print(3867)
elif x == 3868:
    print(3868)
elif x == 3869:
    print(3869)
elif x == 3870:
    print(3870)
elif x == 3871:
    print(3871)
elif x == 3872:
    print(3872)
elif x == 3873:
    print(3873)
elif x == 3874:
    print(3874)
elif x == 3875:
    print(3875)
elif x == 3876:
    print(3876)
elif x == 3877:
    print(3877)
elif x == 3878:
    print(3878)
elif x == 3879:
    print(3879)
elif x == 3880:
    print(3880)
elif x == 3881:
    print(3881)
elif x == 3882:
    print(3882)
elif x == 3883:
    print(3883)
elif x == 3884:
    print(3884)
elif x == 3885:
    print(3885)
elif x == 3886:
    print(3886)
elif x == 3887:
    print(3887)
elif x == 3888:
    print(3888)
elif x == 3889:
    print(3889)
elif x == 3890:
    print(3890)
elif x == 3891:
    print(3891)
elif x == 3892:
    print(3892)
elif x == 3893:
    print(3893)
elif x == 3894:
    print(3894)
elif x == 3895:
    print(3895)
elif x == 3896:
    print(3896)
elif x == 3897:
    print(3897)
elif x == 3898:
    print(3898)
elif x == 3899:
    print(3899)
elif x == 3900:
    print(3900)
elif x == 3901:
    print(3901)
elif x == 3902:
    print(3902)
elif x == 3903:
    print(3903)
elif x == 3904:
    print(3904)
elif x == 3905:
    print(3905)
elif x == 3906:
    print(3906)
elif x == 3907:
    print(3907)
elif x == 3908:
    print(3908)
elif x == 3909:
    print(3909)
elif x == 3910:
    print(3910)
elif x == 3911:
    print(3911)
elif x == 3912:
    print(3912)
elif x == 3913:
    print(3913)
elif x == 3914:
    print(3914)
elif x == 3915:
    print(3915)
elif x == 3916:
    print(3916)
elif x == 3917:
    print(3917)
elif x == 3918:
    print(3918)
elif x == 3919:
    print(3919)
elif x == 3920:
    print(3920)
elif x == 3921:
    print(3921)
elif x == 3922:
    print(3922)
elif x == 3923:
    print(3923)
elif x == 3924:
    print(3924)
elif x == 3925:
    print(3925)
elif x == 3926:
    print(3926)
elif x == 3927:
    print(3927)
elif x == 3928:
    print(3928)
elif x == 3929:
    print(3929)
elif x == 3930:
    print(3930)
elif x == 3931:
    print(3931)
elif x == 3932:
    print(3932)
elif x == 3933:
    print(3933)
elif x == 3934:
    print(3934)
elif x == 3935:
    print(3935)
elif x == 3936:
    print(3936)
elif x == 3937:
    print(3937)
elif x == 3938:
    print(3938)
elif x == 3939:
    print(3939)
elif x == 3940:
    print(3940)
elif x == 3941:
    print(3941)
elif x == 3942:
    print(3942)
elif x == 3943:
    print(3943)
elif x == 3944:
    print(3944)
elif x == 3945:
    print(3945)
elif x == 3946:
    print(3946)
elif x == 3947:
    print(3947)
elif x == 3948:
    print(3948)
elif x == 3949:
    print(3949)
elif x == 3950:
    print(3950)
elif x == 3951:
    print(3951)
elif x == 3952:
    print(3952)
elif x == 3953:
    print(3953)
elif x == 3954:
    print(3954)
elif x == 3955:
    print(3955)
elif x == 3956:
    print(3956)
elif x == 3957:
    print(3957)
elif x == 3958:
    print(3958)
elif x == 3959:
    print(3959)
elif x == 3960:
    print(3960)
elif x == 3961:
    print(3961)
elif x == 3962:
    print(3962)
elif x == 3963:
    print(3963)
elif x == 3964:
    print(3964)
elif x == 3965:
    print(3965)
elif x == 3966:
    print(3966)
elif x == 3967:
    print(3967)
elif x == 3968:
    print(3968)
elif x == 3969:
    print(3969)
elif x == 3970:
    print(3970)
elif x == 3971:
    print(3971)
elif x == 3972:
    print(3972)
elif x == 3973:
    print(3973)
elif x == 3974:
    print(3974)
elif x == 3975:
    print(3975)
elif x == 3976:
    print(3976)
elif x == 3977:
    print(3977)
elif x == 3978:
    print(3978)
elif x == 3979:
    print(3979)
elif x == 3980:
    print(3980)
elif x == 3981:
    print(3981)
elif x == 3982:
    print(3982)
elif x == 3983:
    print(3983)
elif x == 3984:
    print(3984)
elif x == 3985:
    print(3985)
elif x == 3986:
    print(3986)
elif x == 3987:
    print(3987)
elif x == 3988:
    print(3988)
elif x == 3989:
    print(3989)
elif x == 3990:
    print(3990)
elif x == 3991:
    print(3991)
elif x == 3992:
    print(3992)
elif x == 3993:
    print(3993)
elif x == 3994:
    print(3994)
elif x == 3995:
    print(3995)
elif x == 3996:
    print(3996)
elif x == 3997:
    print(3997)
elif x == 3998:
    print(3998)
elif x == 3999:
    print(3999)
elif x == 4000:
    print(4000)
elif x == 4001:
    print(4001)
elif x == 4002:
    print(4002)
elif x == 4003:
    print(4003)
elif x == 4004:
    print(4004)
elif x == 4005:
    print(4005)
elif x == 4006:
    print(4006)
elif x == 4007:
    print(4007)
elif x == 4008:
    print(4008)
elif x == 4009:
    print(4009)
elif x == 4010:
    print(4010)
elif x == 4011:
    print(4011)
elif x == 4012:
    print(4012)
elif x == 4013:
    print(4013)
elif x == 4014:
    print(4014)
elif x == 4015:
    print(4015)
elif x == 4016:
    print(4016)
elif x == 4017:
    print(4017)
elif x == 4018:
    print(4018)
elif x == 4019:
    print(4019)
elif x == 4020:
    print(4020)
elif x == 4021:
    print(4021)
elif x == 4022:
    print(4022)
elif x == 4023:
    print(4023)
elif x == 4024:
    print(4024)
elif x == 4025:
    print(4025)
elif x == 4026:
    print(4026)
elif x == 4027:
    print(4027)
elif x == 4028:
    print(4028)
elif x == 4029:
    print(4029)
elif x == 4030:
    print(4030)
elif x == 4031:
    print(4031)
elif x == 4032:
    print(4032)
elif x == 4033:
    print(4033)
elif x == 4034:
    print(4034)
elif x == 4035:
    print(4035)
elif x == 4036:
    print(4036)
elif x == 4037:
    print(4037)
elif x == 4038:
    print(4038)
elif x == 4039:
    print(4039)
elif x == 4040:
    print(4040)
elif x == 4041:
    print(4041)
elif x == 4042:
    print(4042)
elif x == 4043:
    print(4043)
elif x == 4044:
    print(4044)
elif x == 4045:
    print(4045)
elif x == 4046:
    print(4046)
elif x == 4047:
    print(4047)
elif x == 4048:
    print(4048)
elif x == 4049:
    print(4049)
elif x == 4050:
    print(4050)
elif x == 4051:
    print(4051)
elif x == 4052:
    print(4052)
elif x == 4053:
    print(4053)
elif x == 4054:
    print(4054)
elif x == 4055:
    print(4055)
elif x == 4056:
    print(4056)
elif x == 4057:
    print(4057)
elif x == 4058:
    print(4058)
elif x == 4059:
    print(4059)
elif x == 4060:
    print(4060)
elif x == 4061:
    print(4061)
elif x == 4062:
    print(4062)
elif x == 4063:
    print(4063)
elif x == 4064:
    print(4064)
elif x == 4065:
    print(4065)
elif x == 4066:
    print(4066)
elif x == 4067:
    print(4067)
elif x == 4068:
    print(4068)
elif x == 4069:
    print(4069)
elif x == 4070:
    print(4070)
elif x == 4071:
    print(4071)
elif x == 4072:
    print(4072)
elif x == 4073:
    print(4073)
elif x == 4074:
    print(4074)
elif x == 4075:
    print(4075)
elif x == 4076:
    print(4076)
elif x == 4077:
    print(4077)
elif x == 4078:
    print(4078)
elif x == 4079:
    print(4079)
elif x == 4080:
    print(4080)
elif x == 4081:
    print(4081)
elif x == 4082:
    print(4082)
elif x == 4083:
    print(4083)
elif x == 4084:
    print(4084)
elif x == 4085:
    print(4085)
elif x == 4086:
    print(4086)
elif x == 4087:
    print(4087)
elif x == 4088:
    print(4088)
elif x == 4089:
    print(4089)
elif x == 4090:
    print(4090)
elif x == 4091:
    print(4091)
elif x == 4092:
    print(4092)
elif x == 4093:
    print(4093)
elif x == 4094:
    print(4094)
elif x == 4095:
    print(4095)
elif x == 4096:
    print(4096)
elif x == 4097:
    print(4097)
elif x == 4098:
    print(4098)
elif x == 4099:
    print(4099)
elif x == 4100:
    print(4100)
elif x == 4101:
    print(4101)
elif x == 4102:
    print(4102)
elif x == 4103:
    print(4103)
elif x == 4104:
    print(4104)
elif x == 4105:
    print(4105)
elif x == 4106:
    print(4106)
elif x == 4107:
    print(4107)
elif x == 4108:
    print(4108)
elif x == 4109:
    print(4109)
elif x == 4110:
    print(4110)
elif x == 4111:
    print(4111)
elif x == 4112:
    print(4112)
elif x == 4113:
    print(4113)
elif x == 4114:
    print(4114)
elif x == 4115:
    print(4115)
elif x == 4116:
    print(4116)
elif x == 4117:
    print(4117)
elif x == 4118:
    print(4118)
elif x == 4119:
    print(4119)
elif x == 4120:
    print(4120)
elif x == 4121:
    print(4121)
elif x == 4122:
    print(4122)
elif x == 4123:
    print(4123)
elif x == 4124:
    print(4124)
elif x == 4125:
    print(4125)
elif x == 4126:
    print(4126)
elif x == 4127:
    print(4127)
elif x == 4128:
    print(4128)
elif x == 4129:
    print(4129)
elif x == 4130:
    print(4130)
elif x == 4131:
    print(4131)
elif x == 4132:
    print(4132)
elif x == 4133:
    print(4133)
elif x == 4134:
    print(4134)
elif x == 4135:
    print(4135)
elif x == 4136:
    print(4136)
elif x == 4137:
    print(4137)
elif x == 4138:
    print(4138)
elif x == 4139:
    print(4139)
elif x == 4140:
    print(4140)
elif x == 4141:
    print(4141)
elif x == 4142:
    print(4142)
elif x == 4143:
    print(4143)
elif x == 4144:
    print(4144)
elif x == 4145:
    print(4145)
elif x == 4146:
    print(4146)
elif x == 4147:
    print(4147)
elif x == 4148:
    print(4148)
elif x == 4149:
    print(4149)
elif x == 4150:
    print(4150)
elif x == 4151:
    print(4151)
elif x == 4152:
    print(4152)
elif x == 4153:
    print(4153)
elif x == 4154:
    print(4154)
elif x == 4155:
    print(4155)
elif x == 4156:
    print(4156)
elif x == 4157:
    print(4157)
elif x == 4158:
    print(4158)
elif x == 4159:
    print(4159)
elif x == 4160:
    print(4160)
elif x == 4161:
    print(4161)
elif x == 4162:
    print(4162)
elif x == 4163:
    print(4163)
elif x == 4164:
    print(4164)
elif x == 4165:
    print(4165)
elif x == 4166:
    print(4166)
elif x == 4167:
    print(4167)
elif x == 4168:
    print(4168)
elif x == 4169:
    print(4169)
elif x == 4170:
    print(4170)
elif x == 4171:
    print(4171)
elif x == 4172:
    print(4172)
elif x == 4173:
    print(4173)
elif x == 4174:
    print(4174)
elif x == 4175:
    print(4175)
elif x == 4176:
    print(4176)
elif x == 4177:
    print(4177)
elif x == 4178:
    print(4178)
elif x == 4179:
    print(4179)
elif x == 4180:
    print(4180)
elif x == 4181:
    print(4181)
elif x == 4182:
    print(4182)
elif x == 4183:
    print(4183)
elif x == 4184:
    print(4184)
elif x == 4185:
    print(4185)
elif x == 4186:
    print(4186)
elif x == 4187:
    print(4187)
elif x == 4188:
    print(4188)
elif x == 4189:
    print(4189)
elif x == 4190:
    print(4190)
elif x == 4191:
    print(4191)
elif x == 4192:
    print(4192)
elif x == 4193:
    print(4193)
elif x == 4194:
    print(4194)
elif x == 4195:
    print(4195)
elif x == 4196:
    print(4196)
elif x == 4197:
    print(4197)
elif x == 4198:
    print(4198)
elif x == 4199:
    print(4199)
elif x == 4200:
    print(4200)
elif x == 4201:
    print(4201)
elif x == 4202:
    print(4202)
elif x == 4203:
    print(4203)
elif x == 4204:
    print(4204)
elif x == 4205:
    print(4205)
elif x == 4206:
    print(4206)
elif x == 4207:
    print(4207)
elif x == 4208:
    print(4208)
elif x == 4209:
    print(4209)
elif x == 4210:
    print(4210)
elif x == 4211:
    print(4211)
elif x == 4212:
    print(4212)
elif x == 4213:
    print(4213)
elif x == 4214:
    print(4214)
elif x == 4215:
    print(4215)
elif x == 4216:
    print(4216)
elif x == 4217:
    print(4217)
elif x == 4218:
    print(4218)
elif x == 4219:
    print(4219)
elif x == 4220:
    print(4220)
elif x == 4221:
    print(4221)
elif x == 4222:
    print(4222)
elif x == 4223:
    print(4223)
elif x == 4224:
    print(4224)
elif x == 4225:
    print(4225)
elif x == 4226:
    print(4226)
elif x == 4227:
    print(4227)
elif x == 4228:
    print(4228)
elif x == 4229:
    print(4229)
elif x == 4230:
    print(4230)
elif x == 4231:
    print(4231)
elif x == 4232:
    print(4232)
elif x == 4233:
    print(4233)
elif x == 4234:
    print(4234)
elif x == 4235:
    print(4235)
elif x == 4236:
    print(4236)
elif x == 4237:
    print(4237)
elif x == 4238:
    print(4238)
elif x == 4239:
    print(4239)
elif x == 4240:
    print(4240)
elif x == 4241:
    print(4241)
elif x == 4242:
    print(4242)
elif x == 4243:
    print(4243)
elif x == 4244:
    print(4244)
elif x == 4245:
    print(4245)
elif x == 4246:
    print(4246)
elif x == 4247:
    print(4247)
elif x == 4248:
    print(4248)
elif x == 4249:
    print(4249)
elif x == 4250:
    print(4250)
elif x == 4251:
    print(4251)
elif x == 4252:
    print(4252)
elif x == 4253:
    print(4253)
elif x == 4254:
    print(4254)
elif x == 4255:
    print(4255)
elif x == 4256:
    print(4256)
elif x == 4257:
    print(4257)
elif x == 4258:
    print(4258)
elif x == 4259:
    print(4259)
elif x == 4260:
    print(4260)
elif x == 4261:
    print(4261)
elif x == 4262:
    print(4262)
elif x == 4263:
    print(4263)
elif x == 4264:
    print(4264)
elif x == 4265:
    print(4265)
elif x == 4266:
    print(4266)
elif x == 4267:
    print(4267)
elif x == 4268:
    print(4268)
elif x == 4269:
    print(4269)
elif x == 4270:
    print(4270)
elif x == 4271:
    print(4271)
elif x == 4272:
    print(4272)
elif x == 4273:
    print(4273)
elif x == 4274:
    print(4274)
elif x == 4275:
    print(4275)
elif x == 4276:
    print(4276)
elif x == 4277:
    print(4277)
elif x == 4278:
    print(4278)
elif x == 4279:
    print(4279)
elif x == 4280:
    print(4280)
elif x == 4281:
    print(4281)
elif x == 4282:
    print(4282)
elif x == 4283:
    print(4283)
elif x == 4284:
    print(4284)
elif x == 4285:
    print(4285)
elif x == 4286:
    print(4286)
elif x == 4287:
    print(4287)
elif x == 4288:
    print(4288)
elif x == 4289:
    print(4289)
elif x == 4290:
    print(4290)
elif x == 4291:
    print(4291)
elif x == 4292:
    print(4292)
elif x == 4293:
    print(4293)
elif x == 4294:
    print(4294)
elif x == 4295:
    print(4295)
elif x == 4296:
    print(4296)
elif x == 4297:
    print(4297)
elif x == 4298:
    print(4298)
elif x == 4299:
    print(4299)
elif x == 4300:
    print(4300)
elif x == 4301:
    print(4301)
elif x == 4302:
    print(4302)
elif x == 4303:
    print(4303)
elif x == 4304:
    print(4304)
elif x == 4305:
    print(4305)
elif x == 4306:
    print(4306)
elif x == 4307:
    print(4307)
elif x == 4308:
    print(4308)
elif x == 4309:
    print(4309)
elif x == 4310:
    print(4310)
elif x == 4311:
    print(4311)
elif x == 4312:
    print(4312)
elif x == 4313:
    print(4313)
elif x == 4314:
    print(4314)
elif x == 4315:
    print(4315)
elif x == 4316:
    print(4316)
elif x == 4317:
    print(4317)
elif x == 4318:
    print(4318)
elif x == 4319:
    print(4319)
elif x == 4320:
    print(4320)
elif x == 4321:
    print(4321)
elif x == 4322:
    print(4322)
elif x == 4323:
    print(4323)
elif x == 4324:
    print(4324)
elif x == 4325:
    print(4325)
elif x == 4326:
    print(4326)
elif x == 4327:
    print(4327)
elif x == 4328:
    print(4328)
elif x == 4329:
    print(4329)
elif x == 4330:
    print(4330)
elif x == 4331:
    print(4331)
elif x == 4332:
    print(4332)
elif x == 4333:
    print(4333)
elif x == 4334:
    print(4334)
elif x == 4335:
    print(4335)
elif x == 4336:
    print(4336)
elif x == 4337:
    print(4337)
elif x == 4338:
    print(4338)
elif x == 4339:
    print(4339)
elif x == 4340:
    print(4340)
elif x == 4341:
    print(4341)
elif x == 4342:
    print(4342)
elif x == 4343:
    print(4343)
elif x == 4344:
    print(4344)
elif x == 4345:
    print(4345)
elif x == 4346:
    print(4346)
elif x == 4347:
    print(4347)
elif x == 4348:
    print(4348)
elif x == 4349:
    print(4349)
elif x == 4350:
    print(4350)
elif x == 4351:
    print(4351)
elif x == 4352:
    print(4352)
elif x == 4353:
    print(4353)
elif x == 4354:
    print(4354)
elif x == 4355:
    print(4355)
elif x == 4356:
    print(4356)
elif x == 4357:
    print(4357)
elif x == 4358:
    print(4358)
elif x == 4359:
    print(4359)
elif x == 4360:
    print(4360)
elif x == 4361:
    print(4361)
elif x == 4362:
    print(4362)
elif x == 4363:
    print(4363)
elif x == 4364:
    print(4364)
elif x == 4365:
    print(4365)
elif x == 4366:
    print(4366)
elif x == 4367:
    print(4367)
elif x == 4368:
    print(4368)
elif x == 4369:
    print(4369)
elif x == 4370:
    print(4370)
elif x == 4371:
    print(4371)
elif x == 4372:
    print(4372)
elif x == 4373:
    print(4373)
elif x == 4374:
    print(4374)
elif x == 4375:
    print(4375)
elif x == 4376:
    print(4376)
elif x == 4377:
    print(4377)
elif x == 4378:
    print(4378)
elif x == 4379:
    print(4379)
elif x == 4380:
    print(4380)
elif x == 4381:
    print(4381)
elif x == 4382:
    print(4382)
elif x == 4383:
    print(4383)
elif x == 4384:
    print(4384)
elif x == 4385:
    print(4385)
elif x == 4386:
    print(4386)
elif x == 4387:
    print(4387)
elif x == 4388:
    print(4388)
elif x == 4389:
    print(4389)
elif x == 4390:
    print(4390)
elif x == 4391:
    print(4391)
elif x == 4392:
    print(4392)
elif x == 4393:
    print(4393)
elif x == 4394:
    print(4394)
elif x == 4395:
    print(4395)
elif x == 4396:
    print(4396)
elif x == 4397:
    print(4397)
elif x == 4398:
    print(4398)
elif x == 4399:
    print(4399)
elif x == 4400:
    print(4400)
elif x == 4401:
    print(4401)
elif x == 4402:
    print(4402)
elif x == 4403:
    print(4403)
elif x == 4404:
    print(4404)
elif x == 4405:
    print(4405)
elif x == 4406:
    print(4406)
elif x == 4407:
    print(4407)
elif x == 4408:
    print(4408)
elif x == 4409:
    print(4409)
elif x == 4410:
    print(4410)
elif x == 4411:
    print(4411)
elif x == 4412:
    print(4412)
elif x == 4413:
    print(4413)
elif x == 4414:
    print(4414)
elif x == 4415:
    print(4415)
elif x == 4416:
    print(4416)
elif x == 4417:
    print(4417)
elif x == 4418:
    print(4418)
elif x == 4419:
    print(4419)
elif x == 4420:
    print(4420)
elif x == 4421:
    print(4421)
elif x == 4422:
    print(4422)
elif x == 4423:
    print(4423)
elif x == 4424:
    print(4424)
elif x == 4425:
    print(4425)
elif x == 4426:
    print(4426)
elif x == 4427:
    print(4427)
elif x == 4428:
    print(4428)
elif x == 4429:
    print(4429)
elif x == 4430:
    print(4430)
elif x == 4431:
    print(4431)
elif x == 4432:
    print(4432)
elif x == 4433:
    print(4433)
elif x == 4434:
    print(4434)
elif x == 4435:
    print(4435)
elif x == 4436:
    print(4436)
elif x == 4437:
    print(4437)
elif x == 4438:
    print(4438)
elif x == 4439:
    print(4439)
elif x == 4440:
    print(4440)
elif x == 4441:
    print(4441)
elif x == 4442:
    print(4442)
elif x == 4443:
    print(4443)
elif x == 4444:
    print(4444)
elif x == 4445:
    print(4445)
elif x == 4446:
    print(4446)
elif x == 4447:
    print(4447)
elif x == 4448:
    print(4448)
elif x == 4449:
    print(4449)
elif x == 4450:
    print(4450)
elif x == 4451:
    print(4451)
elif x == 4452:
    print(4452)
elif x == 4453:
    print(4453)
elif x == 4454:
    print(4454)
elif x == 4455:
    print(4455)
elif x == 4456:
    print(4456)
elif x == 4457:
    print(4457)
elif x == 4458:
    print(4458)
elif x == 4459:
    print(4459)
elif x == 4460:
    print(4460)
elif x == 4461:
    print(4461)
elif x == 4462:
    print(4462)
elif x == 4463:
    print(4463)
elif x == 4464:
    print(4464)
elif x == 4465:
    print(4465)
elif x == 4466:
    print(4466)
elif x == 4467:
    print(4467)
elif x == 4468:
    print(4468)
elif x == 4469:
    print(4469)
elif x == 4470:
    print(4470)
elif x == 4471:
    print(4471)
elif x == 4472:
    print(4472)
elif x == 4473:
    print(4473)
elif x == 4474:
    print(4474)
elif x == 4475:
    print(4475)
elif x == 4476:
    print(4476)
elif x == 4477:
    print(4477)
elif x == 4478:
    print(4478)
elif x == 4479:
    print(4479)
elif x == 4480:
    print(4480)
elif x == 4481:
    print(4481)
elif x == 4482:
    print(4482)
elif x == 4483:
    print(4483)
elif x == 4484:
    print(4484)
elif x == 4485:
    print(4485)
elif x == 4486:
    print(4486)
elif x == 4487:
    print(4487)
elif x == 4488:
    print(4488)
elif x == 4489:
    print(4489)
elif x == 4490:
    print(4490)
elif x == 4491:
    print(4491)
elif x == 4492:
    print(4492)
elif x == 4493:
    print(4493)
elif x == 4494:
    print(4494)
elif x == 4495:
    print(4495)
elif x == 4496:
    print(4496)
elif x == 4497:
    print(4497)
elif x == 4498:
    print(4498)
elif x == 4499:
    print(4499)
elif x == 4500:
    print(4500)
elif x == 4501:
    print(4501)
elif x == 4502:
    print(4502)
elif x == 4503:
    print(4503)
elif x == 4504:
    print(4504)
elif x == 4505:
    print(4505)
elif x == 4506:
    print(4506)
elif x == 4507:
    print(4507)
elif x == 4508:
    print(4508)
elif x == 4509:
    print(4509)
elif x == 4510:
    print(4510)
elif x == 4511:
    print(4511)
elif x == 4512:
    print(4512)
elif x == 4513:
    print(4513)
elif x == 4514:
    print(4514)
elif x == 4515:
    print(4515)
elif x == 4516:
    print(4516)
elif x == 4517:
    print(4517)
elif x == 4518:
    print(4518)
elif x == 4519:
    print(4519)
elif x == 4520:
    print(4520)
elif x == 4521:
    print(4521)
elif x == 4522:
    print(4522)
elif x == 4523:
    print(4523)
elif x == 4524:
    print(4524)
elif x == 4525:
    print(4525)
elif x == 4526:
    print(4526)
elif x == 4527:
    print(4527)
elif x == 4528:
    print(4528)
elif x == 4529:
    print(4529)
elif x == 4530:
    print(4530)
elif x == 4531:
    print(4531)
elif x == 4532:
    print(4532)
elif x == 4533:
    print(4533)
elif x == 4534:
    print(4534)
elif x == 4535:
    print(4535)
elif x == 4536:
    print(4536)
elif x == 4537:
    print(4537)
elif x == 4538:
    print(4538)
elif x == 4539:
    print(4539)
elif x == 4540:
    print(4540)
elif x == 4541:
    print(4541)
elif x == 4542:
    print(4542)
elif x == 4543:
    print(4543)
elif x == 4544:
    print(4544)
elif x == 4545:
    print(4545)
elif x == 4546:
    print(4546)
elif x == 4547:
    print(4547)
elif x == 4548:
    print(4548)
elif x == 4549:
    print(4549)
elif x == 4550:
    print(4550)
elif x == 4551:
    print(4551)
elif x == 4552:
    print(4552)
elif x == 4553:
    print(4553)
elif x == 4554:
    print(4554)
elif x == 4555:
    print(4555)
elif x == 4556:
    print(4556)
elif x == 4557:
    print(4557)
elif x == 4558:
    print(4558)
elif x == 4559:
    print(4559)
elif x == 4560:
    print(4560)
elif x == 4561:
    print(4561)
elif x == 4562:
    print(4562)
elif x == 4563:
    print(4563)
elif x == 4564:
    print(4564)
elif x == 4565:
    print(4565)
elif x == 4566:
    print(4566)
elif x == 4567:
    print(4567)
elif x == 4568:
    print(4568)
elif x == 4569:
    print(4569)
elif x == 4570:
    print(4570)
elif x == 4571:
    print(4571)
elif x == 4572:
    print(4572)
elif x == 4573:
    print(4573)
elif x == 4574:
    print(4574)
elif x == 4575:
    print(4575)
elif x == 4576:
    print(4576)
elif x == 4577:
    print(4577)
elif x == 4578:
    print(4578)
elif x == 4579:
    print(4579)
elif x == 4580:
    print(4580)
elif x == 4581:
    print(4581)
elif x == 4582:
    print(4582)
elif x == 4583:
    print(4583)
elif x == 4584:
    print(4584)
elif x == 4585:
    print(4585)
elif x == 4586:
    print(4586)
elif x == 4587:
    print(4587)
elif x == 4588:
    print(4588)
elif x == 4589:
    print(4589)
elif x == 4590:
    print(4590)
elif x == 4591:
    print(4591)
elif x == 4592:
    print(4592)
elif x == 4593:
    print(4593)
elif x == 4594:
    print(4594)
elif x == 4595:
    print(4595)
elif x == 4596:
    print(4596)
elif x == 4597:
    print(4597)
elif x == 4598:
    print(4598)
elif x == 4599:
    print(4599)
elif x == 4600:
    print(4600)
elif x == 4601:
    print(4601)
elif x == 4602:
    print(4602)
elif x == 4603:
    print(4603)
elif x == 4604:
    print(4604)
elif x == 4605:
    print(4605)
elif x == 4606:
    print(4606)
elif x == 4607:
    print(4607)
elif x == 4608:
    print(4608)
elif x == 4609:
    print(4609)
elif x == 4610:
    print(4610)
elif x == 4611:
    print(4611)
elif x == 4612:
    print(4612)
elif x == 4613:
    print(4613)
elif x == 4614:
    print(4614)
elif x == 4615:
    print(4615)
elif x == 4616:
    print(4616)
elif x == 4617:
    print(4617)
elif x == 4618:
    print(4618)
elif x == 4619:
    print(4619)
elif x == 4620:
    print(4620)
elif x == 4621:
    print(4621)
elif x == 4622:
    print(4622)
elif x == 4623:
    print(4623)
elif x == 4624:
    print(4624)
elif x == 4625:
    print(4625)
elif x == 4626:
    print(4626)
elif x == 4627:
    print(4627)
elif x == 4628:
    print(4628)
elif x == 4629:
    print(4629)
elif x == 4630:
    print(4630)
elif x == 4631:
    print(4631)
elif x == 4632:
    print(4632)
elif x == 4633:
    print(4633)
elif x == 4634:
    print(4634)
elif x == 4635:
    print(4635)
elif x == 4636:
    print(4636)
elif x == 4637:
    print(4637)
elif x == 4638:
    print(4638)
elif x == 4639:
    print(4639)
elif x == 4640:
    print(4640)
elif x == 4641:
    print(4641)
elif x == 4642:
    print(4642)
elif x == 4643:
    print(4643)
elif x == 4644:
    print(4644)
elif x == 4645:
    print(4645)
elif x == 4646:
    print(4646)
elif x == 4647:
    print(4647)
elif x == 4648:
    print(4648)
elif x == 4649:
    print(4649)
elif x == 4650:
    print(4650)
elif x == 4651:
    print(4651)
elif x == 4652:
    print(4652)
elif x == 4653:
    print(4653)
elif x == 4654:
    print(4654)
elif x == 4655:
    print(4655)
elif x == 4656:
    print(4656)
elif x == 4657:
    print(4657)
elif x == 4658:
    print(4658)
elif x == 4659:
    print(4659)
elif x == 4660:
    print(4660)
elif x == 4661:
    print(4661)
elif x == 4662:
    print(4662)
elif x == 4663:
    print(4663)
elif x == 4664:
    print(4664)
elif x == 4665:
    print(4665)
elif x == 4666:
    print(4666)
elif x == 4667:
    print(4667)
elif x == 4668:
    print(4668)
elif x == 4669:
    print(4669)
elif x == 4670:
    print(4670)
elif x == 4671:
    print(4671)
elif x == 4672:
    print(4672)
elif x == 4673:
    print(4673)
elif x == 4674:
    print(4674)
elif x == 4675:
    print(4675)
elif x == 4676:
    print(4676)
elif x == 4677:
    print(4677)
elif x == 4678:
    print(4678)
elif x == 4679:
    print(4679)
elif x == 4680:
    print(4680)
elif x == 4681:
    print(4681)
elif x == 4682:
    print(4682)
elif x == 4683:
    print(4683)
elif x == 4684:
    print(4684)
elif x == 4685:
    print(4685)
elif x == 4686:
    print(4686)
elif x == 4687:
    print(4687)
elif x == 4688:
    print(4688)
elif x == 4689:
    print(4689)
elif x == 4690:
    print(4690)
elif x == 4691:
    print(4691)
elif x == 4692:
    print(4692)
elif x == 4693:
    print(4693)
elif x == 4694:
    print(4694)
elif x == 4695:
    print(4695)
elif x == 4696:
    print(4696)
elif x == 4697:
    print(4697)
elif x == 4698:
    print(4698)
elif x == 4699:
    print(4699)
elif x == 4700:
    print(4700)
elif x == 4701:
    print(4701)
elif x == 4702:
    print(4702)
elif x == 4703:
    print(4703)
elif x == 4704:
    print(4704)
elif x == 4705:
    print(4705)
elif x == 4706:
    print(4706)
elif x == 4707:
    print(4707)
elif x == 4708:
    print(4708)
elif x == 4709:
    print(4709)
elif x == 4710:
    print(4710)
elif x == 4711:
    print(4711)
elif x == 4712:
    print(4712)
elif x == 4713:
    print(4713)
elif x == 4714:
    print(4714)
elif x == 4715:
    print(4715)
elif x == 4716:
    print(4716)
elif x == 4717:
    print(4717)
elif x == 4718:
    print(4718)
elif x == 4719:
    print(4719)
elif x == 4720:
    print(4720)
elif x == 4721:
    print(4721)
elif x == 4722:
    print(4722)
elif x == 4723:
    print(4723)
elif x == 4724:
    print(4724)
elif x == 4725:
    print(4725)
elif x == 4726:
    print(4726)
elif x == 4727:
    print(4727)
elif x == 4728:
    print(4728)
elif x == 4729:
    print(4729)
elif x == 4730:
    print(4730)
elif x == 4731:
    print(4731)
elif x == 4732:
    print(4732)
elif x == 4733:
    print(4733)
elif x == 4734:
    print(4734)
elif x == 4735:
    print(4735)
elif x == 4736:
    print(4736)
elif x == 4737:
    print(4737)
elif x == 4738:
    print(4738)
elif x == 4739:
    print(4739)
elif x == 4740:
    print(4740)
elif x == 4741:
    print(4741)
elif x == 4742:
    print(4742)
elif x == 4743:
    print(4743)
elif x == 4744:
    print(4744)
elif x == 4745:
    print(4745)
elif x == 4746:
    print(4746)
elif x == 4747:
    print(4747)
elif x == 4748:
    print(4748)
elif x == 4749:
    print(4749)
elif x == 4750:
    print(4750)
elif x == 4751:
    print(4751)
elif x == 4752:
    print(4752)
elif x == 4753:
    print(4753)
elif x == 4754:
    print(4754)
elif x == 4755:
    print(4755)
elif x == 4756:
    print(4756)
elif x == 4757:
    print(4757)
elif x == 4758:
    print(4758)
elif x == 4759:
    print(4759)
elif x == 4760:
    print(4760)
elif x == 4761:
    print(4761)
elif x == 4762:
    print(4762)
elif x == 4763:
    print(4763)
elif x == 4764:
    print(4764)
elif x == 4765:
    print(4765)
elif x == 4766:
    print(4766)
elif x == 4767:
    print(4767)
elif x == 4768:
    print(4768)
elif x == 4769:
    print(4769)
elif x == 4770:
    print(4770)
elif x == 4771:
    print(4771)
elif x == 4772:
    print(4772)
elif x == 4773:
    print(4773)
elif x == 4774:
    print(4774)
elif x == 4775:
    print(4775)
elif x == 4776:
    print(4776)
elif x == 4777:
    print(4777)
elif x == 4778:
    print(4778)
elif x == 4779:
    print(4779)
elif x == 4780:
    print(4780)
elif x == 4781:
    print(4781)
elif x == 4782:
    print(4782)
elif x == 4783:
    print(4783)
elif x == 4784:
    print(4784)
elif x == 4785:
    print(4785)
elif x == 4786:
    print(4786)
elif x == 4787:
    print(4787)
elif x == 4788:
    print(4788)
elif x == 4789:
    print(4789)
elif x == 4790:
    print(4790)
elif x == 4791:
    print(4791)
elif x == 4792:
    print(4792)
elif x == 4793:
    print(4793)
elif x == 4794:
    print(4794)
elif x == 4795:
    print(4795)
elif x == 4796:
    print(4796)
elif x == 4797:
    print(4797)
elif x == 4798:
    print(4798)
elif x == 4799:
    print(4799)
elif x == 4800:
    print(4800)
elif x == 4801:
    print(4801)
elif x == 4802:
    print(4802)
elif x == 4803:
    print(4803)
elif x == 4804:
    print(4804)
elif x == 4805:
    print(4805)
elif x == 4806:
    print(4806)
elif x == 4807:
    print(4807)
elif x == 4808:
    print(4808)
elif x == 4809:
    print(4809)
elif x == 4810:
    print(4810)
elif x == 4811:
    print(4811)
elif x == 4812:
    print(4812)
elif x == 4813:
    print(4813)
elif x == 4814:
    print(4814)
elif x == 4815:
    print(4815)
elif x == 4816:
    print(4816)
elif x == 4817:
    print(4817)
elif x == 4818:
    print(4818)
elif x == 4819:
    print(4819)
elif x == 4820:
    print(4820)
elif x == 4821:
    print(4821)
elif x == 4822:
    print(4822)
elif x == 4823:
    print(4823)
elif x == 4824:
    print(4824)
elif x == 4825:
    print(4825)
elif x == 4826:
    print(4826)
elif x == 4827:
    print(4827)
elif x == 4828:
    print(4828)
elif x == 4829:
    print(4829)
elif x == 4830:
    print(4830)
elif x == 4831:
    print(4831)
elif x == 4832:
    print(4832)
elif x == 4833:
    print(4833)
elif x == 4834:
    print(4834)
elif x == 4835:
    print(4835)
elif x == 4836:
    print(4836)
elif x == 4837:
    print(4837)
elif x == 4838:
    print(4838)
elif x == 4839:
    print(4839)
elif x == 4840:
    print(4840)
elif x == 4841:
    print(4841)
elif x == 4842:
    print(4842)
elif x == 4843:
    print(4843)
elif x == 4844:
    print(4844)
elif x == 4845:
    print(4845)
elif x == 4846:
    print(4846)
elif x == 4847:
    print(4847)
elif x == 4848:
    print(4848)
elif x == 4849:
    print(4849)
elif x == 4850:
    print(4850)
elif x == 4851:
    print(4851)
elif x == 4852:
    print(4852)
elif x == 4853:
    print(4853)
elif x == 4854:
    print(4854)
elif x == 4855:
    print(4855)
elif x == 4856:
    print(4856)
elif x == 4857:
    print(4857)
elif x == 4858:
    print(4858)
elif x == 4859:
    print(4859)
elif x == 4860:
    print(4860)
elif x == 4861:
    print(4861)
elif x == 4862:
    print(4862)
elif x == 4863:
    print(4863)
elif x == 4864:
    print(4864)
elif x == 4865:
    print(4865)
elif x == 4866:
    print(4866)
elif x == 4867:
    print(4867)
elif x == 4868:
    print(4868)
elif x == 4869:
    print(4869)
elif x == 4870:
    print(4870)
elif x == 4871:
    print(4871)
elif x == 4872:
    print(4872)
elif x == 4873:
    print(4873)
elif x == 4874:
    print(4874)
elif x == 4875:
    print(4875)
elif x == 4876:
    print(4876)
elif x == 4877:
    print(4877)
elif x == 4878:
    print(4878)
elif x == 4879:
    print(4879)
elif x == 4880:
    print(4880)
elif x == 4881:
    print(4881)
elif x == 4882:
    print(4882)
elif x == 4883:
    print(4883)
elif x == 4884:
    print(4884)
elif x == 4885:
    print(4885)
elif x == 4886:
    print(4886)
elif x == 4887:
    print(4887)
elif x == 4888:
    print(4888)
elif x == 4889:
    print(4889)
elif x == 4890:
    print(4890)
elif x == 4891:
    print(4891)
elif x == 4892:
    print(4892)
elif x == 4893:
    print(4893)
elif x == 4894:
    print(4894)
elif x == 4895:
    print(4895)
elif x == 4896:
    print(4896)
elif x == 4897:
    print(4897)
elif x == 4898:
    print(4898)
elif x == 4899:
    print(4899)
elif x == 4900:
    print(4900)
elif x == 4901:
    print(4901)
elif x == 4902:
    print(4902)
elif x == 4903:
    print(4903)
elif x == 4904:
    print(4904)
elif x == 4905:
    print(4905)
elif x == 4906:
    print(4906)
elif x == 4907:
    print(4907)
elif x == 4908:
    print(4908)
elif x == 4909:
    print(4909)
elif x == 4910:
    print(4910)
elif x == 4911:
    print(4911)
elif x == 4912:
    print(4912)
elif x == 4913:
    print(4913)
elif x == 4914:
    print(4914)
elif x == 4915:
    print(4915)
elif x == 4916:
    print(4916)
elif x == 4917:
    print(4917)
elif x == 4918:
    print(4918)
elif x == 4919:
    print(4919)
elif x == 4920:
    print(4920)
elif x == 4921:
    print(4921)
elif x == 4922:
    print(4922)
elif x == 4923:
    print(4923)
elif x == 4924:
    print(4924)
elif x == 4925:
    print(4925)
elif x == 4926:
    print(4926)
elif x == 4927:
    print(4927)
elif x == 4928:
    print(4928)
elif x == 4929:
    print(4929)
elif x == 4930:
    print(4930)
elif x == 4931:
    print(4931)
elif x == 4932:
    print(4932)
elif x == 4933:
    print(4933)
elif x == 4934:
    print(4934)
elif x == 4935:
    print(4935)
elif x == 4936:
    print(4936)
elif x == 4937:
    print(4937)
elif x == 4938:
    print(4938)
elif x == 4939:
    print(4939)
elif x == 4940:
    print(4940)
elif x == 4941:
    print(4941)
elif x == 4942:
    print(4942)
elif x == 4943:
    print(4943)
elif x == 4944:
    print(4944)
elif x == 4945:
    print(4945)
elif x == 4946:
    print(4946)
elif x == 4947:
    print(4947)
elif x == 4948:
    print(4948)
elif x == 4949:
    print(4949)
elif x == 4950:
    print(4950)
elif x == 4951:
    print(4951)
elif x == 4952:
    print(4952)
elif x == 4953:
    print(4953)
elif x == 4954:
    print(4954)
elif x == 4955:
    print(4955)
elif x == 4956:
    print(4956)
elif x == 4957:
    print(4957)
elif x == 4958:
    print(4958)
elif x == 4959:
    print(4959)
elif x == 4960:
    print(4960)
elif x == 4961:
    print(4961)
elif x == 4962:
    print(4962)
elif x == 4963:
    print(4963)
elif x == 4964:
    print(4964)
elif x == 4965:
    print(4965)
elif x == 4966:
    print(4966)
elif x == 4967:
    print(4967)
elif x == 4968:
    print(4968)
elif x == 4969:
    print(4969)
elif x == 4970:
    print(4970)
elif x == 4971:
    print(4971)
elif x == 4972:
    print(4972)
elif x == 4973:
    print(4973)
elif x == 4974:
    print(4974)
elif x == 4975:
    print(4975)
elif x == 4976:
    print(4976)
elif x == 4977:
    print(4977)
elif x == 4978:
    print(4978)
elif x == 4979:
    print(4979)
elif x == 4980:
    print(4980)
elif x == 4981:
    print(4981)
elif x == 4982:
    print(4982)
elif x == 4983:
    print(4983)
elif x == 4984:
    print(4984)
elif x == 4985:
    print(4985)
elif x == 4986:
    print(4986)
elif x == 4987:
    print(4987)
elif x == 4988:
    print(4988)
elif x == 4989:
    print(4989)
elif x == 4990:
    print(4990)
elif x == 4991:
    print(4991)
elif x == 4992:
    print(4992)
elif x == 4993:
    print(4993)
elif x == 4994:
    print(4994)
elif x == 4995:
    print(4995)
elif x == 4996:
    print(4996)
elif x == 4997:
    print(4997)
elif x == 4998:
    print(4998)
elif x == 4999:
    print(4999)
elif x == 5000:
    print(5000)
elif x == 5001:
    print(5001)
elif x == 5002:
    print(5002)
elif x == 5003:
    print(5003)
elif x == 5004:
    print(5004)
elif x == 5005:
    print(5005)
elif x == 5006:
    print(5006)
elif x == 5007:
    print(5007)
elif x == 5008:
    print(5008)
elif x == 5009:
    print(5009)
elif x == 5010:
    print(5010)
elif x == 5011:
    print(5011)
elif x == 5012:
    print(5012)
elif x == 5013:
    print(5013)
elif x == 5014:
    print(5014)
elif x == 5015:
    print(5015)
elif x == 5016:
    print(5016)
elif x == 5017:
    print(5017)
elif x == 5018:
    print(5018)
elif x == 5019:
    print(5019)
elif x == 5020:
    print(5020)
elif x == 5021:
    print(5021)
elif x == 5022:
    print(5022)
elif x == 5023:
    print(5023)
elif x == 5024:
    print(5024)
elif x == 5025:
    print(5025)
elif x == 5026:
    print(5026)
elif x == 5027:
    print(5027)
elif x == 5028:
    print(5028)
elif x == 5029:
    print(5029)
elif x == 5030:
    print(5030)
elif x == 5031:
    print(5031)
elif x == 5032:
    print(5032)
elif x == 5033:
    print(5033)
elif x == 5034:
    print(5034)
elif x == 5035:
    print(5035)
elif x == 5036:
    print(5036)
elif x == 5037:
    print(5037)
elif x == 5038:
    print(5038)
elif x == 5039:
    print(5039)
elif x == 5040:
    print(5040)
elif x == 5041:
    print(5041)
elif x == 5042:
    print(5042)
elif x == 5043:
    print(5043)
elif x == 5044:
    print(5044)
elif x == 5045:
    print(5045)
elif x == 5046:
    print(5046)
elif x == 5047:
    print(5047)
elif x == 5048:
    print(5048)
elif x == 5049:
    print(5049)
elif x == 5050:
    print(5050)
elif x == 5051:
    print(5051)
elif x == 5052:
    print(5052)
elif x == 5053:
    print(5053)
elif x == 5054:
    print(5054)
elif x == 5055:
    print(5055)
elif x == 5056:
    print(5056)
elif x == 5057:
    print(5057)
elif x == 5058:
    print(5058)
elif x == 5059:
    print(5059)
elif x == 5060:
    print(5060)
elif x == 5061:
    print(5061)
elif x == 5062:
    print(5062)
elif x == 5063:
    print(5063)
elif x == 5064:
    print(5064)
elif x == 5065:
    print(5065)
elif x == 5066:
    print(5066)
elif x == 5067:
    print(5067)
elif x == 5068:
    print(5068)
elif x == 5069:
    print(5069)
elif x == 5070:
    print(5070)
elif x == 5071:
    print(5071)
elif x == 5072:
    print(5072)
elif x == 5073:
    print(5073)
elif x == 5074:
    print(5074)
elif x == 5075:
    print(5075)
elif x == 5076:
    print(5076)
elif x == 5077:
    print(5077)
elif x == 5078:
    print(5078)
elif x == 5079:
    print(5079)
elif x == 5080:
    print(5080)
elif x == 5081:
    print(5081)
elif x == 5082:
    print(5082)
elif x == 5083:
    print(5083)
elif x == 5084:
    print(5084)
elif x == 5085:
    print(5085)
elif x == 5086:
    print(5086)
elif x == 5087:
    print(5087)
elif x == 5088:
    print(5088)
elif x == 5089:
    print(5089)
elif x == 5090:
    print(5090)
elif x == 5091:
    print(5091)
elif x == 5092:
    print(5092)
elif x == 5093:
    print(5093)
elif x == 5094:
    print(5094)
elif x == 5095:
    print(5095)
elif x == 5096:
    print(5096)
elif x == 5097:
    print(5097)
elif x == 5098:
    print(5098)
elif x == 5099:
    print(5099)
elif x == 5100:
    print(5100)
elif x == 5101:
    print(5101)
elif x == 5102:
    print(5102)
elif x == 5103:
    print(5103)
elif x == 5104:
    print(5104)
elif x == 5105:
    print(5105)
elif x == 5106:
    print(5106)
elif x == 5107:
    print(5107)
elif x == 5108:
    print(5108)
elif x == 5109:
    print(5109)
elif x == 5110:
    print(5110)
elif x == 5111:
    print(5111)
elif x == 5112:
    print(5112)
elif x == 5113:
    print(5113)
elif x == 5114:
    print(5114)
elif x == 5115:
    print(5115)
elif x == 5116:
    print(5116)
elif x == 5117:
    print(5117)
elif x == 5118:
    print(5118)
elif x == 5119:
    print(5119)
elif x == 5120:
    print(5120)
elif x == 5121:
    print(5121)
elif x == 5122:
    print(5122)
elif x == 5123:
    print(5123)
elif x == 5124:
    print(5124)
elif x == 5125:
    print(5125)
elif x == 5126:
    print(5126)
elif x == 5127:
    print(5127)
elif x == 5128:
    print(5128)
elif x == 5129:
    print(5129)
elif x == 5130:
    print(5130)
elif x == 5131:
    print(5131)
elif x == 5132:
    print(5132)
elif x == 5133:
    print(5133)
elif x == 5134:
    print(5134)
elif x == 5135:
    print(5135)
elif x == 5136:
    print(5136)
elif x == 5137:
    print(5137)
elif x == 5138:
    print(5138)
elif x == 5139:
    print(5139)
elif x == 5140:
    print(5140)
elif x == 5141:
    print(5141)
elif x == 5142:
    print(5142)
elif x == 5143:
    print(5143)
elif x == 5144:
    print(5144)
elif x == 5145:
    print(5145)
elif x == 5146:
    print(5146)
elif x == 5147:
    print(5147)
elif x == 5148:
    print(5148)
elif x == 5149:
    print(5149)
elif x == 5150:
    print(5150)
elif x == 5151:
    print(5151)
elif x == 5152:
    print(5152)
elif x == 5153:
    print(5153)
elif x == 5154:
    print(5154)
elif x == 5155:
    print(5155)
elif x == 5156:
    print(5156)
elif x == 5157:
    print(5157)
elif x == 5158:
    print(5158)
elif x == 5159:
    print(5159)
elif x == 5160:
    print(5160)
elif x == 5161:
    print(5161)
elif x == 5162:
    print(5162)
elif x == 5163:
    print(5163)
elif x == 5164:
    print(5164)
elif x == 5165:
    print(5165)
elif x == 5166:
    print(5166)
elif x == 5167:
    print(5167)
elif x == 5168:
    print(5168)
elif x == 5169:
    print(5169)
elif x == 5170:
    print(5170)
elif x == 5171:
    print(5171)
elif x == 5172:
    print(5172)
elif x == 5173:
    print(5173)
elif x == 5174:
    print(5174)
elif x == 5175:
    print(5175)
elif x == 5176:
    print(5176)
elif x == 5177:
    print(5177)
elif x == 5178:
    print(5178)
elif x == 5179:
    print(5179)
elif x == 5180:
    print(5180)
elif x == 5181:
    print(5181)
elif x == 5182:
    print(5182)
elif x == 5183:
    print(5183)
elif x == 5184:
    print(5184)
elif x == 5185:
    print(5185)
elif x == 5186:
    print(5186)
elif x == 5187:
    print(5187)
elif x == 5188:
    print(5188)
elif x == 5189:
    print(5189)
elif x == 5190:
    print(5190)
elif x == 5191:
    print(5191)
elif x == 5192:
    print(5192)
elif x == 5193:
    print(5193)
elif x == 5194:
    print(5194)
elif x == 5195:
    print(5195)
elif x == 5196:
    print(5196)
elif x == 5197:
    print(5197)
elif x == 5198:
    print(5198)
elif x == 5199:
    print(5199)
elif x == 5200:
    print(5200)
elif x == 5201:
    print(5201)
elif x == 5202:
    print(5202)
elif x == 5203:
    print(5203)
elif x == 5204:
    print(5204)
elif x == 5205:
    print(5205)
elif x == 5206:
    print(5206)
elif x == 5207:
    print(5207)
elif x == 5208:
    print(5208)
elif x == 5209:
    print(5209)
elif x == 5210:
    print(5210)
elif x == 5211:
    print(5211)
elif x == 5212:
    print(5212)
elif x == 5213:
    print(5213)
elif x == 5214:
    print(5214)
elif x == 5215:
    print(5215)
elif x == 5216:
    print(5216)
elif x == 5217:
    print(5217)
elif x == 5218:
    print(5218)
elif x == 5219:
    print(5219)
elif x == 5220:
    print(5220)
elif x == 5221:
    print(5221)
elif x == 5222:
    print(5222)
elif x == 5223:
    print(5223)
elif x == 5224:
    print(5224)
elif x == 5225:
    print(5225)
elif x == 5226:
    print(5226)
elif x == 5227:
    print(5227)
elif x == 5228:
    print(5228)
elif x == 5229:
    print(5229)
elif x == 5230:
    print(5230)
elif x == 5231:
    print(5231)
elif x == 5232:
    print(5232)
elif x == 5233:
    print(5233)
elif x == 5234:
    print(5234)
elif x == 5235:
    print(5235)
elif x == 5236:
    print(5236)
elif x == 5237:
    print(5237)
elif x == 5238:
    print(5238)
elif x == 5239:
    print(5239)
elif x == 5240:
    print(5240)
elif x == 5241:
    print(5241)
elif x == 5242:
    print(5242)
elif x == 5243:
    print(5243)
elif x == 5244:
    print(5244)
elif x == 5245:
    print(5245)
elif x == 5246:
    print(5246)
elif x == 5247:
    print(5247)
elif x == 5248:
    print(5248)
elif x == 5249:
    print(5249)
elif x == 5250:
    print(5250)
elif x == 5251:
    print(5251)
elif x == 5252:
    print(5252)
elif x == 5253:
    print(5253)
elif x == 5254:
    print(5254)
elif x == 5255:
    print(5255)
elif x == 5256:
    print(5256)
elif x == 5257:
    print(5257)
elif x == 5258:
    print(5258)
elif x == 5259:
    print(5259)
elif x == 5260:
    print(5260)
elif x == 5261:
    print(5261)
elif x == 5262:
    print(5262)
elif x == 5263:
    print(5263)
elif x == 5264:
    print(5264)
elif x == 5265:
    print(5265)
elif x == 5266:
    print(5266)
elif x == 5267:
    print(5267)
elif x == 5268:
    print(5268)
elif x == 5269:
    print(5269)
elif x == 5270:
    print(5270)
elif x == 5271:
    print(5271)
elif x == 5272:
    print(5272)
elif x == 5273:
    print(5273)
elif x == 5274:
    print(5274)
elif x == 5275:
    print(5275)
elif x == 5276:
    print(5276)
elif x == 5277:
    print(5277)
elif x == 5278:
    print(5278)
elif x == 5279:
    print(5279)
elif x == 5280:
    print(5280)
elif x == 5281:
    print(5281)
elif x == 5282:
    print(5282)
elif x == 5283:
    print(5283)
elif x == 5284:
    print(5284)
elif x == 5285:
    print(5285)
elif x == 5286:
    print(5286)
elif x == 5287:
    print(5287)
elif x == 5288:
    print(5288)
elif x == 5289:
    print(5289)
elif x == 5290:
    print(5290)
elif x == 5291:
    print(5291)
elif x == 5292:
    print(5292)
elif x == 5293:
    print(5293)
elif x == 5294:
    print(5294)
elif x == 5295:
    print(5295)
elif x == 5296:
    print(5296)
elif x == 5297:
    print(5297)
elif x == 5298:
    print(5298)
elif x == 5299:
    print(5299)
elif x == 5300:
    print(5300)
elif x == 5301:
    print(5301)
elif x == 5302:
    print(5302)
elif x == 5303:
    print(5303)
elif x == 5304:
    print(5304)
elif x == 5305:
    print(5305)
elif x == 5306:
    print(5306)
elif x == 5307:
    print(5307)
elif x == 5308:
    print(5308)
elif x == 5309:
    print(5309)
elif x == 5310:
    print(5310)
elif x == 5311:
    print(5311)
elif x == 5312:
    print(5312)
elif x == 5313:
    print(5313)
elif x == 5314:
    print(5314)
elif x == 5315:
    print(5315)
elif x == 5316:
    print(5316)
elif x == 5317:
    print(5317)
elif x == 5318:
    print(5318)
elif x == 5319:
    print(5319)
elif x == 5320:
    print(5320)
elif x == 5321:
    print(5321)
elif x == 5322:
    print(5322)
elif x == 5323:
    print(5323)
elif x == 5324:
    print(5324)
elif x == 5325:
    print(5325)
elif x == 5326:
    print(5326)
elif x == 5327:
    print(5327)
elif x == 5328:
    print(5328)
elif x == 5329:
    print(5329)
elif x == 5330:
    print(5330)
elif x == 5331:
    print(5331)
elif x == 5332:
    print(5332)
elif x == 5333:
    print(5333)
elif x == 5334:
    print(5334)
elif x == 5335:
    print(5335)
elif x == 5336:
    print(5336)
elif x == 5337:
    print(5337)
elif x == 5338:
    print(5338)
elif x == 5339:
    print(5339)
elif x == 5340:
    print(5340)
elif x == 5341:
    print(5341)
elif x == 5342:
    print(5342)
elif x == 5343:
    print(5343)
elif x == 5344:
    print(5344)
elif x == 5345:
    print(5345)
elif x == 5346:
    print(5346)
elif x == 5347:
    print(5347)
elif x == 5348:
    print(5348)
elif x == 5349:
    print(5349)
elif x == 5350:
    print(5350)
elif x == 5351:
    print(5351)
elif x == 5352:
    print(5352)
elif x == 5353:
    print(5353)
elif x == 5354:
    print(5354)
elif x == 5355:
    print(5355)
elif x == 5356:
    print(5356)
elif x == 5357:
    print(5357)
elif x == 5358:
    print(5358)
elif x == 5359:
    print(5359)
elif x == 5360:
    print(5360)
elif x == 5361:
    print(5361)
elif x == 5362:
    print(5362)
elif x == 5363:
    print(5363)
elif x == 5364:
    print(5364)
elif x == 5365:
    print(5365)
elif x == 5366:
    print(5366)
elif x == 5367:
    print(5367)
elif x == 5368:
    print(5368)
elif x == 5369:
    print(5369)
elif x == 5370:
    print(5370)
elif x == 5371:
    print(5371)
elif x == 5372:
    print(5372)
elif x == 5373:
    print(5373)
elif x == 5374:
    print(5374)
elif x == 5375:
    print(5375)
elif x == 5376:
    print(5376)
elif x == 5377:
    print(5377)
elif x == 5378:
    print(5378)
elif x == 5379:
    print(5379)
elif x == 5380:
    print(5380)
elif x == 5381:
    print(5381)
elif x == 5382:
    print(5382)
elif x == 5383:
    print(5383)
elif x == 5384:
    print(5384)
elif x == 5385:
    print(5385)
elif x == 5386:
    print(5386)
elif x == 5387:
    print(5387)
elif x == 5388:
    print(5388)
elif x == 5389:
    print(5389)
elif x == 5390:
    print(5390)
elif x == 5391:
    print(5391)
elif x == 5392:
    print(5392)
elif x == 5393:
    print(5393)
elif x == 5394:
    print(5394)
elif x == 5395:
    print(5395)
elif x == 5396:
    print(5396)
elif x == 5397:
    print(5397)
elif x == 5398:
    print(5398)
elif x == 5399:
    print(5399)
elif x == 5400:
    print(5400)
elif x == 5401:
    print(5401)
elif x == 5402:
    print(5402)
elif x == 5403:
    print(5403)
elif x == 5404:
    print(5404)
elif x == 5405:
    print(5405)
elif x == 5406:
    print(5406)
elif x == 5407:
    print(5407)
elif x == 5408:
    print(5408)
elif x == 5409:
    print(5409)
elif x == 5410:
    print(5410)
elif x == 5411:
    print(5411)
elif x == 5412:
    print(5412)
elif x == 5413:
    print(5413)
elif x == 5414:
    print(5414)
elif x == 5415:
    print(5415)
elif x == 5416:
    print(5416)
elif x == 5417:
    print(5417)
elif x == 5418:
    print(5418)
elif x == 5419:
    print(5419)
elif x == 5420:
    print(5420)
elif x == 5421:
    print(5421)
elif x == 5422:
    print(5422)
elif x == 5423:
    print(5423)
elif x == 5424:
    print(5424)
elif x == 5425:
    print(5425)
elif x == 5426:
    print(5426)
elif x == 5427:
    print(5427)
elif x == 5428:
    print(5428)
elif x == 5429:
    print(5429)
elif x == 5430:
    print(5430)
elif x == 5431:
    print(5431)
elif x == 5432:
    print(5432)
elif x == 5433:
    print(5433)
elif x == 5434:
    print(5434)
elif x == 5435:
    print(5435)
elif x == 5436:
    print(5436)
elif x == 5437:
    print(5437)
elif x == 5438:
    print(5438)
elif x == 5439:
    print(5439)
elif x == 5440:
    print(5440)
elif x == 5441:
    print(5441)
elif x == 5442:
    print(5442)
elif x == 5443:
    print(5443)
elif x == 5444:
    print(5444)
elif x == 5445:
    print(5445)
elif x == 5446:
    print(5446)
elif x == 5447:
    print(5447)
elif x == 5448:
    print(5448)
elif x == 5449:
    print(5449)
elif x == 5450:
    print(5450)
elif x == 5451:
    print(5451)
elif x == 5452:
    print(5452)
elif x == 5453:
    print(5453)
elif x == 5454:
    print(5454)
elif x == 5455:
    print(5455)
elif x == 5456:
    print(5456)
elif x == 5457:
    print(5457)
elif x == 5458:
    print(5458)
elif x == 5459:
    print(5459)
elif x == 5460:
    print(5460)
elif x == 5461:
    print(5461)
elif x == 5462:
    print(5462)
elif x == 5463:
    print(5463)
elif x == 5464:
    print(5464)
elif x == 5465:
    print(5465)
elif x == 5466:
    print(5466)
elif x == 5467:
    print(5467)
elif x == 5468:
    print(5468)
elif x == 5469:
    print(5469)
elif x == 5470:
    print(5470)
elif x == 5471:
    print(5471)
elif x == 5472:
    print(5472)
elif x == 5473:
    print(5473)
elif x == 5474:
    print(5474)
elif x == 5475:
    print(5475)
elif x == 5476:
    print(5476)
elif x == 5477:
    print(5477)
elif x == 5478:
    print(5478)
elif x == 5479:
    print(5479)
elif x == 5480:
    print(5480)
elif x == 5481:
    print(5481)
elif x == 5482:
    print(5482)
elif x == 5483:
    print(5483)
elif x == 5484:
    print(5484)
elif x == 5485:
    print(5485)
elif x == 5486:
    print(5486)
elif x == 5487:
    print(5487)
elif x == 5488:
    print(5488)
elif x == 5489:
    print(5489)
elif x == 5490:
    print(5490)
elif x == 5491:
    print(5491)
elif x == 5492:
    print(5492)
elif x == 5493:
    print(5493)
elif x == 5494:
    print(5494)
elif x == 5495:
    print(5495)
elif x == 5496:
    print(5496)
elif x == 5497:
    print(5497)
elif x == 5498:
    print(5498)
elif x == 5499:
    print(5499)
elif x == 5500:
    print(5500)
elif x == 5501:
    print(5501)
elif x == 5502:
    print(5502)
elif x == 5503:
    print(5503)
elif x == 5504:
    print(5504)
elif x == 5505:
    print(5505)
elif x == 5506:
    print(5506)
elif x == 5507:
    print(5507)
elif x == 5508:
    print(5508)
elif x == 5509:
    print(5509)
elif x == 5510:
    print(5510)
elif x == 5511:
    print(5511)
elif x == 5512:
    print(5512)
elif x == 5513:
    print(5513)
elif x == 5514:
    print(5514)
elif x == 5515:
    print(5515)
elif x == 5516:
    print(5516)
elif x == 5517:
    print(5517)
elif x == 5518:
    print(5518)
elif x == 5519:
    print(5519)
elif x == 5520:
    print(5520)
elif x == 5521:
    print(5521)
elif x == 5522:
    print(5522)
elif x == 5523:
    print(5523)
elif x == 5524:
    print(5524)
elif x == 5525:
    print(5525)
elif x == 5526:
    print(5526)
elif x == 5527:
    print(5527)
elif x == 5528:
    print(5528)
elif x == 5529:
    print(5529)
elif x == 5530:
    print(5530)
elif x == 5531:
    print(5531)
elif x == 5532:
    print(5532)
elif x == 5533:
    print(5533)
elif x == 5534:
    print(5534)
elif x == 5535:
    print(5535)
elif x == 5536:
    print(5536)
elif x == 5537:
    print(5537)
elif x == 5538:
    print(5538)
elif x == 5539:
    print(5539)
elif x == 5540:
    print(5540)
elif x == 5541:
    print(5541)
elif x == 5542:
    print(5542)
elif x == 5543:
    print(5543)
elif x == 5544:
    print(5544)
elif x == 5545:
    print(5545)
elif x == 5546:
    print(5546)
elif x == 5547:
    print(5547)
elif x == 5548:
    print(5548)
elif x == 5549:
    print(5549)
elif x == 5550:
    print(5550)
elif x == 5551:
    print(5551)
elif x == 5552:
    print(5552)
elif x == 5553:
    print(5553)
elif x == 5554:
    print(5554)
elif x == 5555:
    print(5555)
elif x == 5556:
    print(5556)
elif x == 5557:
    print(5557)
elif x == 5558:
    print(5558)
elif x == 5559:
    print(5559)
elif x == 5560:
    print(5560)
elif x == 5561:
    print(5561)
elif x == 5562:
    print(5562)
elif x == 5563:
    print(5563)
elif x == 5564:
    print(5564)
elif x == 5565:
    print(5565)
elif x == 5566:
    print(5566)
elif x == 5567:
    print(5567)
elif x == 5568:
    print(5568)
elif x == 5569:
    print(5569)
elif x == 5570:
    print(5570)
elif x == 5571:
    print(5571)
elif x == 5572:
    print(5572)
elif x == 5573:
    print(5573)
elif x == 5574:
    print(5574)
elif x == 5575:
    print(5575)
elif x == 5576:
    print(5576)
elif x == 5577:
    print(5577)
elif x == 5578:
    print(5578)
elif x == 5579:
    print(5579)
elif x == 5580:
    print(5580)
elif x == 5581:
    print(5581)
elif x == 5582:
    print(5582)
elif x == 5583:
    print(5583)
elif x == 5584:
    print(5584)
elif x == 5585:
    print(5585)
elif x == 5586:
    print(5586)
elif x == 5587:
    print(5587)
elif x == 5588:
    print(5588)
elif x == 5589:
    print(5589)
elif x == 5590:
    print(5590)
elif x == 5591:
    print(5591)
elif x == 5592:
    print(5592)
elif x == 5593:
    print(5593)
elif x == 5594:
    print(5594)
elif x == 5595:
    print(5595)
elif x == 5596:
    print(5596)
elif x == 5597:
    print(5597)
elif x == 5598:
    print(5598)
elif x == 5599:
    print(5599)
elif x == 5600:
    print(5600)
elif x == 5601:
    print(5601)
elif x == 5602:
    print(5602)
elif x == 5603:
    print(5603)
elif x == 5604:
    print(5604)
elif x == 5605:
    print(5605)
elif x == 5606:
    print(5606)
elif x == 5607:
    print(5607)
elif x == 5608:
    print(5608)
elif x == 5609:
    print(5609)
elif x == 5610:
    print(5610)
elif x == 5611:
    print(5611)
elif x == 5612:
    print(5612)
elif x == 5613:
    print(5613)
elif x == 5614:
    print(5614)
elif x == 5615:
    print(5615)
elif x == 5616:
    print(5616)
elif x == 5617:
    print(5617)
elif x == 5618:
    print(5618)
elif x == 5619:
    print(5619)
elif x == 5620:
    print(5620)
elif x == 5621:
    print(5621)
elif x == 5622:
    print(5622)
elif x == 5623:
    print(5623)
elif x == 5624:
    print(5624)
elif x == 5625:
    print(5625)
elif x == 5626:
    print(5626)
elif x == 5627:
    print(5627)
elif x == 5628:
    print(5628)
elif x == 5629:
    print(5629)
elif x == 5630:
    print(5630)
elif x == 5631:
    print(5631)
elif x == 5632:
    print(5632)
elif x == 5633:
    print(5633)
elif x == 5634:
    print(5634)
elif x == 5635:
    print(5635)
elif x == 5636:
    print(5636)
elif x == 5637:
    print(5637)
elif x == 5638:
    print(5638)
elif x == 5639:
    print(5639)
elif x == 5640:
    print(5640)
elif x == 5641:
    print(5641)
elif x == 5642:
    print(5642)
elif x == 5643:
    print(5643)
elif x == 5644:
    print(5644)
elif x == 5645:
    print(5645)
elif x == 5646:
    print(5646)
elif x == 5647:
    print(5647)
elif x == 5648:
    print(5648)
elif x == 5649:
    print(5649)
elif x == 5650:
    print(5650)
elif x == 5651:
    print(5651)
elif x == 5652:
    print(5652)
elif x == 5653:
    print(5653)
elif x == 5654:
    print(5654)
elif x == 5655:
    print(5655)
elif x == 5656:
    print(5656)
elif x == 5657:
    print(5657)
elif x == 5658:
    print(5658)
elif x == 5659:
    print(5659)
elif x == 5660:
    print(5660)
elif x == 5661:
    print(5661)
elif x == 5662:
    print(5662)
elif x == 5663:
    print(5663)
elif x == 5664:
    print(5664)
elif x == 5665:
    print(5665)
elif x == 5666:
    print(5666)
elif x == 5667:
    print(5667)
elif x == 5668:
    print(5668)
elif x == 5669:
    print(5669)
elif x == 5670:
    print(5670)
elif x == 5671:
    print(5671)
elif x == 5672:
    print(5672)
elif x == 5673:
    print(5673)
elif x == 5674:
    print(5674)
elif x == 5675:
    print(5675)
elif x == 5676:
    print(5676)
elif x == 5677:
    print(5677)
elif x == 5678:
    print(5678)
elif x == 5679:
    print(5679)
elif x == 5680:
    print(5680)
elif x == 5681:
    print(5681)
elif x == 5682:
    print(5682)
elif x == 5683:
    print(5683)
elif x == 5684:
    print(5684)
elif x == 5685:
    print(5685)
elif x == 5686:
    print(5686)
elif x == 5687:
    print(5687)
elif x == 5688:
    print(5688)
elif x == 5689:
    print(5689)
elif x == 5690:
    print(5690)
elif x == 5691:
    print(5691)
elif x == 5692:
    print(5692)
elif x == 5693:
    print(5693)
elif x == 5694:
    print(5694)
elif x == 5695:
    print(5695)
elif x == 5696:
    print(5696)
elif x == 5697:
    print(5697)
elif x == 5698:
    print(5698)
elif x == 5699:
    print(5699)
elif x == 5700:
    print(5700)
elif x == 5701:
    print(5701)
elif x == 5702:
    print(5702)
elif x == 5703:
    print(5703)
elif x == 5704:
    print(5704)
elif x == 5705:
    print(5705)
elif x == 5706:
    print(5706)
elif x == 5707:
    print(5707)
elif x == 5708:
    print(5708)
elif x == 5709:
    print(5709)
elif x == 5710:
    print(5710)
elif x == 5711:
    print(5711)
elif x == 5712:
    print(5712)
elif x == 5713:
    print(5713)
elif x == 5714:
    print(5714)
elif x == 5715:
    print(5715)
elif x == 5716:
    print(5716)
elif x == 5717:
    print(5717)
elif x == 5718:
    print(5718)
elif x == 5719:
    print(5719)
elif x == 5720:
    print(5720)
elif x == 5721:
    print(5721)
elif x == 5722:
    print(5722)
elif x == 5723:
    print(5723)
elif x == 5724:
    print(5724)
elif x == 5725:
    print(5725)
elif x == 5726:
    print(5726)
elif x == 5727:
    print(5727)
elif x == 5728:
    print(5728)
elif x == 5729:
    print(5729)
elif x == 5730:
    print(5730)
elif x == 5731:
    print(5731)
elif x == 5732:
    print(5732)
elif x == 5733:
    print(5733)
elif x == 5734:
    print(5734)
elif x == 5735:
    print(5735)
elif x == 5736:
    print(5736)
elif x == 5737:
    print(5737)
elif x == 5738:
    print(5738)
elif x == 5739:
    print(5739)
elif x == 5740:
    print(5740)
elif x == 5741:
    print(5741)
elif x == 5742:
    print(5742)
elif x == 5743:
    print(5743)
elif x == 5744:
    print(5744)
elif x == 5745:
    print(5745)
elif x == 5746:
    print(5746)
elif x == 5747:
    print(5747)
elif x == 5748:
    print(5748)
elif x == 5749:
    print(5749)
elif x == 5750:
    print(5750)
elif x == 5751:
    print(5751)
elif x == 5752:
    print(5752)
elif x == 5753:
    print(5753)
elif x == 5754:
    print(5754)
elif x == 5755:
    print(5755)
elif x == 5756:
    print(5756)
elif x == 5757:
    print(5757)
elif x == 5758:
    print(5758)
elif x == 5759:
    print(5759)
elif x == 5760:
    print(5760)
elif x == 5761:
    print(5761)
elif x == 5762:
    print(5762)
elif x == 5763:
    print(5763)
elif x == 5764:
    print(5764)
elif x == 5765:
    print(5765)
elif x == 5766:
    print(5766)
elif x == 5767:
    print(5767)
elif x == 5768:
    print(5768)
elif x == 5769:
    print(5769)
elif x == 5770:
    print(5770)
elif x == 5771:
    print(5771)
elif x == 5772:
    print(5772)
elif x == 5773:
    print(5773)
elif x == 5774:
    print(5774)
elif x == 5775:
    print(5775)
elif x == 5776:
    print(5776)
elif x == 5777:
    print(5777)
elif x == 5778:
    print(5778)
elif x == 5779:
    print(5779)
elif x == 5780:
    print(5780)
elif x == 5781:
    print(5781)
elif x == 5782:
    print(5782)
elif x == 5783:
    print(5783)
elif x == 5784:
    print(5784)
elif x == 5785:
    print(5785)
elif x == 5786:
    print(5786)
elif x == 5787:
    print(5787)
elif x == 5788:
    print(5788)
elif x == 5789:
    print(5789)
elif x == 5790:
    print(5790)
elif x == 5791:
    print(5791)
elif x == 5792:
    print(5792)
elif x == 5793:
    print(5793)
elif x == 5794:
    print(5794)
elif x == 5795:
    print(5795)
elif x == 5796:
    print(5796)
elif x == 5797:
    print(5797)
elif x == 5798:
    print(5798)
elif x == 5799:
    print(5799)
elif x == 5800:
    print(5800)
elif x == 5801:
    print(5801)
elif x == 5802:
    print(5802)
elif x == 5803:
    print(5803)
elif x == 5804:
    print(5804)
elif x == 5805:
    print(5805)
elif x == 5806:
    print(5806)
elif x == 5807:
    print(5807)
elif x == 5808:
    print(5808)
elif x == 5809:
    print(5809)
elif x == 5810:
    print(5810)
elif x == 5811:
    print(5811)
elif x == 5812:
    print(5812)
elif x == 5813:
    print(5813)
elif x == 5814:
    print(5814)
elif x == 5815:
    print(5815)
elif x == 5816:
    print(5816)
elif x == 5817:
    print(5817)
elif x == 5818:
    print(5818)
elif x == 5819:
    print(5819)
elif x == 5820:
    print(5820)
elif x == 5821:
    print(5821)
elif x == 5822:
    print(5822)
elif x == 5823:
    print(5823)
elif x == 5824:
    print(5824)
elif x == 5825:
    print(5825)
elif x == 5826:
    print(5826)
elif x == 5827:
    print(5827)
elif x == 5828:
    print(5828)
elif x == 5829:
    print(5829)
elif x == 5830:
    print(5830)
elif x == 5831:
    print(5831)
elif x == 5832:
    print(5832)
elif x == 5833:
    print(5833)
elif x == 5834:
    print(5834)
elif x == 5835:
    print(5835)
elif x == 5836:
    print(5836)
elif x == 5837:
    print(5837)
elif x == 5838:
    print(5838)
elif x == 5839:
    print(5839)
elif x == 5840:
    print(5840)
elif x == 5841:
    print(5841)
elif x == 5842:
    print(5842)
elif x == 5843:
    print(5843)
elif x == 5844:
    print(5844)
elif x == 5845:
    print(5845)
elif x == 5846:
    print(5846)
elif x == 5847:
    print(5847)
elif x == 5848:
    print(5848)
elif x == 5849:
    print(5849)
elif x == 5850:
    print(5850)
elif x == 5851:
    print(5851)
elif x == 5852:
    print(5852)
elif x == 5853:
    print(5853)
elif x == 5854:
    print(5854)
elif x == 5855:
    print(5855)
elif x == 5856:
    print(5856)
elif x == 5857:
    print(5857)
elif x == 5858:
    print(5858)
elif x == 5859:
    print(5859)
elif x == 5860:
    print(5860)
elif x == 5861:
    print(5861)
elif x == 5862:
    print(5862)
elif x == 5863:
    print(5863)
elif x == 5864:
    print(5864)
elif x == 5865:
    print(5865)
elif x == 5866:
    print(5866)
elif x == 5867:
    print(5867)
elif x == 5868:
    print(5868)
elif x == 5869:
    print(5869)
elif x == 5870:
    print(5870)
elif x == 5871:
    print(5871)
elif x == 5872:
    print(5872)
elif x == 5873:
    print(5873)
elif x == 5874:
    print(5874)
elif x == 5875:
    print(5875)
elif x == 5876:
    print(5876)
elif x == 5877:
    print(5877)
elif x == 5878:
    print(5878)
elif x == 5879:
    print(5879)
elif x == 5880:
    print(5880)
elif x == 5881:
    print(5881)
elif x == 5882:
    print(5882)
elif x == 5883:
    print(5883)
elif x == 5884:
    print(5884)
elif x == 5885:
    print(5885)
elif x == 5886:
    print(5886)
elif x == 5887:
    print(5887)
elif x == 5888:
    print(5888)
elif x == 5889:
    print(5889)
elif x == 5890:
    print(5890)
elif x == 5891:
    print(5891)
elif x == 5892:
    print(5892)
elif x == 5893:
    print(5893)
elif x == 5894:
    print(5894)
elif x == 5895:
    print(5895)
elif x == 5896:
    print(5896)
elif x == 5897:
    print(5897)
elif x == 5898:
    print(5898)
elif x == 5899:
    print(5899)
elif x == 5900:
    print(5900)
elif x == 5901:
    print(5901)
elif x == 5902:
    print(5902)
elif x == 5903:
    print(5903)
elif x == 5904:
    print(5904)
elif x == 5905:
    print(5905)
elif x == 5906:
    print(5906)
elif x == 5907:
    print(5907)
elif x == 5908:
    print(5908)
elif x == 5909:
    print(5909)
elif x == 5910:
    print(5910)
elif x == 5911:
    print(5911)
elif x == 5912:
    print(5912)
elif x == 5913:
    print(5913)
elif x == 5914:
    print(5914)
elif x == 5915:
    print(5915)
elif x == 5916:
    print(5916)
elif x == 5917:
    print(5917)
elif x == 5918:
    print(5918)
elif x == 5919:
    print(5919)
elif x == 5920:
    print(5920)
elif x == 5921:
    print(5921)
elif x == 5922:
    print(5922)
elif x == 5923:
    print(5923)
elif x == 5924:
    print(5924)
elif x == 5925:
    print(5925)
elif x == 5926:
    print(5926)
elif x == 5927:
    print(5927)
elif x == 5928:
    print(5928)
elif x == 5929:
    print(5929)
elif x == 5930:
    print(5930)
elif x == 5931:
    print(5931)
elif x == 5932:
    print(5932)
elif x == 5933:
    print(5933)
elif x == 5934:
    print(5934)
elif x == 5935:
    print(5935)
elif x == 5936:
    print(5936)
elif x == 5937:
    print(5937)
elif x == 5938:
    print(5938)
elif x == 5939:
    print(5939)
elif x == 5940:
    print(5940)
elif x == 5941:
    print(5941)
elif x == 5942:
    print(5942)
elif x == 5943:
    print(5943)
elif x == 5944:
    print(5944)
elif x == 5945:
    print(5945)
elif x == 5946:
    print(5946)
elif x == 5947:
    print(5947)
elif x == 5948:
    print(5948)
elif x == 5949:
    print(5949)
elif x == 5950:
    print(5950)
elif x == 5951:
    print(5951)
elif x == 5952:
    print(5952)
elif x == 5953:
    print(5953)
elif x == 5954:
    print(5954)
elif x == 5955:
    print(5955)
elif x == 5956:
    print(5956)
elif x == 5957:
    print(5957)
elif x == 5958:
    print(5958)
elif x == 5959:
    print(5959)
elif x == 5960:
    print(5960)
elif x == 5961:
    print(5961)
elif x == 5962:
    print(5962)
elif x == 5963:
    print(5963)
elif x == 5964:
    print(5964)
elif x == 5965:
    print(5965)
elif x == 5966:
    print(5966)
elif x == 5967:
    print(5967)
elif x == 5968:
    print(5968)
elif x == 5969:
    print(5969)
elif x == 5970:
    print(5970)
elif x == 5971:
    print(5971)
elif x == 5972:
    print(5972)
elif x == 5973:
    print(5973)
elif x == 5974:
    print(5974)
elif x == 5975:
    print(5975)
elif x == 5976:
    print(5976)
elif x == 5977:
    print(5977)
elif x == 5978:
    print(5978)
elif x == 5979:
    print(5979)
elif x == 5980:
    print(5980)
elif x == 5981:
    print(5981)
elif x == 5982:
    print(5982)
elif x == 5983:
    print(5983)
elif x == 5984:
    print(5984)
elif x == 5985:
    print(5985)
elif x == 5986:
    print(5986)
elif x == 5987:
    print(5987)
elif x == 5988:
    print(5988)
elif x == 5989:
    print(5989)
elif x == 5990:
    print(5990)
elif x == 5991:
    print(5991)
elif x == 5992:
    print(5992)
elif x == 5993:
    print(5993)
elif x == 5994:
    print(5994)
elif x == 5995:
    print(5995)
elif x == 5996:
    print(5996)
elif x == 5997:
    print(5997)
elif x == 5998:
    print(5998)
elif x == 5999:
    print(5999)
elif x == 6000:
    print(6000)
elif x == 6001:
    print(6001)
elif x == 6002:
    print(6002)
elif x == 6003:
    print(6003)
elif x == 6004:
    print(6004)
elif x == 6005:
    print(6005)
elif x == 6006:
    print(6006)
elif x == 6007:
    print(6007)
elif x == 6008:
    print(6008)
elif x == 6009:
    print(6009)
elif x == 6010:
    print(6010)
elif x == 6011:
    print(6011)
elif x == 6012:
    print(6012)
elif x == 6013:
    print(6013)
elif x == 6014:
    print(6014)
elif x == 6015:
    print(6015)
elif x == 6016:
    print(6016)
elif x == 6017:
    print(6017)
elif x == 6018:
    print(6018)
elif x == 6019:
    print(6019)
elif x == 6020:
    print(6020)
elif x == 6021:
    print(6021)
elif x == 6022:
    print(6022)
elif x == 6023:
    print(6023)
elif x == 6024:
    print(6024)
elif x == 6025:
    print(6025)
elif x == 6026:
    print(6026)
elif x == 6027:
    print(6027)
elif x == 6028:
    print(6028)
elif x == 6029:
    print(6029)
elif x == 6030:
    print(6030)
elif x == 6031:
    print(6031)
elif x == 6032:
    print(6032)
elif x == 6033:
    print(6033)
elif x == 6034:
    print(6034)
elif x == 6035:
    print(6035)
elif x == 6036:
    print(6036)
elif x == 6037:
    print(6037)
elif x == 6038:
    print(6038)
elif x == 6039:
    print(6039)
elif x == 6040:
    print(6040)
elif x == 6041:
    print(6041)
elif x == 6042:
    print(6042)
elif x == 6043:
    print(6043)
elif x == 6044:
    print(6044)
elif x == 6045:
    print(6045)
elif x == 6046:
    print(6046)
elif x == 6047:
    print(6047)
elif x == 6048:
    print(6048)
elif x == 6049:
    print(6049)
elif x == 6050:
    print(6050)
elif x == 6051:
    print(6051)
elif x == 6052:
    print(6052)
elif x == 6053:
    print(6053)
elif x == 6054:
    print(6054)
elif x == 6055:
    print(6055)
elif x == 6056:
    print(6056)
elif x == 6057:
    print(6057)
elif x == 6058:
    print(6058)
elif x == 6059:
    print(6059)
elif x == 6060:
    print(6060)
elif x == 6061:
    print(6061)
elif x == 6062:
    print(6062)
elif x == 6063:
    print(6063)
elif x == 6064:
    print(6064)
elif x == 6065:
    print(6065)
elif x == 6066:
    print(6066)
elif x == 6067:
    print(6067)
elif x == 6068:
    print(6068)
elif x == 6069:
    print(6069)
elif x == 6070:
    print(6070)
elif x == 6071:
    print(6071)
elif x == 6072:
    print(6072)
elif x == 6073:
    print(6073)
elif x == 6074:
    print(6074)
elif x == 6075:
    print(6075)
elif x == 6076:
    print(6076)
elif x == 6077:
    print(6077)
elif x == 6078:
    print(6078)
elif x == 6079:
    print(6079)
elif x == 6080:
    print(6080)
elif x == 6081:
    print(6081)
elif x == 6082:
    print(6082)
elif x == 6083:
    print(6083)
elif x == 6084:
    print(6084)
elif x == 6085:
    print(6085)
elif x == 6086:
    print(6086)
elif x == 6087:
    print(6087)
elif x == 6088:
    print(6088)
elif x == 6089:
    print(6089)
elif x == 6090:
    print(6090)
elif x == 6091:
    print(6091)
elif x == 6092:
    print(6092)
elif x == 6093:
    print(6093)
elif x == 6094:
    print(6094)
elif x == 6095:
    print(6095)
elif x == 6096:
    print(6096)
elif x == 6097:
    print(6097)
elif x == 6098:
    print(6098)
elif x == 6099:
    print(6099)
elif x == 6100:
    print(6100)
elif x == 6101:
    print(6101)
elif x == 6102:
    print(6102)
elif x == 6103:
    print(6103)
elif x == 6104:
    print(6104)
elif x == 6105:
    print(6105)
elif x == 6106:
    print(6106)
elif x == 6107:
    print(6107)
elif x == 6108:
    print(6108)
elif x == 6109:
    print(6109)
elif x == 6110:
    print(6110)
elif x == 6111:
    print(6111)
elif x == 6112:
    print(6112)
elif x == 6113:
    print(6113)
elif x == 6114:
    print(6114)
elif x == 6115:
    print(6115)
elif x == 6116:
    print(6116)
elif x == 6117:
    print(6117)
elif x == 6118:
    print(6118)
elif x == 6119:
    print(6119)
elif x == 6120:
    print(6120)
elif x == 6121:
    print(6121)
elif x == 6122:
    print(6122)
elif x == 6123:
    print(6123)
elif x == 6124:
    print(6124)
elif x == 6125:
    print(6125)
elif x == 6126:
    print(6126)
elif x == 6127:
    print(6127)
elif x == 6128:
    print(6128)
elif x == 6129:
    print(6129)
elif x == 6130:
    print(6130)
elif x == 6131:
    print(6131)
elif x == 6132:
    print(6132)
elif x == 6133:
    print(6133)
elif x == 6134:
    print(6134)
elif x == 6135:
    print(6135)
elif x == 6136:
    print(6136)
elif x == 6137:
    print(6137)
elif x == 6138:
    print(6138)
elif x == 6139:
    print(6139)
elif x == 6140:
    print(6140)
elif x == 6141:
    print(6141)
elif x == 6142:
    print(6142)
elif x == 6143:
    print(6143)
elif x == 6144:
    print(6144)
elif x == 6145:
    print(6145)
elif x == 6146:
    print(6146)
elif x == 6147:
    print(6147)
elif x == 6148:
    print(6148)
elif x == 6149:
    print(6149)
elif x == 6150:
    print(6150)
elif x == 6151:
    print(6151)
elif x == 6152:
    print(6152)
elif x == 6153:
    print(6153)
elif x == 6154:
    print(6154)
elif x == 6155:
    print(6155)
elif x == 6156:
    print(6156)
elif x == 6157:
    print(6157)
elif x == 6158:
    print(6158)
elif x == 6159:
    print(6159)
elif x == 6160:
    print(6160)
elif x == 6161:
    print(6161)
elif x == 6162:
    print(6162)
elif x == 6163:
    print(6163)
elif x == 6164:
    print(6164)
elif x == 6165:
    print(6165)
elif x == 6166:
    print(6166)
elif x == 6167:
    print(6167)
elif x == 6168:
    print(6168)
elif x == 6169:
    print(6169)
elif x == 6170:
    print(6170)
elif x == 6171:
    print(6171)
elif x == 6172:
    print(6172)
elif x == 6173:
    print(6173)
elif x == 6174:
    print(6174)
elif x == 6175:
    print(6175)
elif x == 6176:
    print(6176)
elif x == 6177:
    print(6177)
elif x == 6178:
    print(6178)
elif x == 6179:
    print(6179)
elif x == 6180:
    print(6180)
elif x == 6181:
    print(6181)
elif x == 6182:
    print(6182)
elif x == 6183:
    print(6183)
elif x == 6184:
    print(6184)
elif x == 6185:
    print(6185)
elif x == 6186:
    print(6186)
elif x == 6187:
    print(6187)
elif x == 6188:
    print(6188)
elif x == 6189:
    print(6189)
elif x == 6190:
    print(6190)
elif x == 6191:
    print(6191)
elif x == 6192:
    print(6192)
elif x == 6193:
    print(6193)
elif x == 6194:
    print(6194)
elif x == 6195:
    print(6195)
elif x == 6196:
    print(6196)
elif x == 6197:
    print(6197)
elif x == 6198:
    print(6198)
elif x == 6199:
    print(6199)
elif x == 6200:
    print(6200)
elif x == 6201:
    print(6201)
elif x == 6202:
    print(6202)
elif x == 6203:
    print(6203)
elif x == 6204:
    print(6204)
elif x == 6205:
    print(6205)
elif x == 6206:
    print(6206)
elif x == 6207:
    print(6207)
elif x == 6208:
    print(6208)
elif x == 6209:
    print(6209)
elif x == 6210:
    print(6210)
elif x == 6211:
    print(6211)
elif x == 6212:
    print(6212)
elif x == 6213:
    print(6213)
elif x == 6214:
    print(6214)
elif x == 6215:
    print(6215)
elif x == 6216:
    print(6216)
elif x == 6217:
    print(6217)
elif x == 6218:
    print(6218)
elif x == 6219:
    print(6219)
elif x == 6220:
    print(6220)
elif x == 6221:
    print(6221)
elif x == 6222:
    print(6222)
elif x == 6223:
    print(6223)
elif x == 6224:
    print(6224)
elif x == 6225:
    print(6225)
elif x == 6226:
    print(6226)
elif x == 6227:
    print(6227)
elif x == 6228:
    print(6228)
elif x == 6229:
    print(6229)
elif x == 6230:
    print(6230)
elif x == 6231:
    print(6231)
elif x == 6232:
    print(6232)
elif x == 6233:
    print(6233)
elif x == 6234:
    print(6234)
elif x == 6235:
    print(6235)
elif x == 6236:
    print(6236)
elif x == 6237:
    print(6237)
elif x == 6238:
    print(6238)
elif x == 6239:
    print(6239)
elif x == 6240:
    print(6240)
elif x == 6241:
    print(6241)
elif x == 6242:
    print(6242)
elif x == 6243:
    print(6243)
elif x == 6244:
    print(6244)
elif x == 6245:
    print(6245)
elif x == 6246:
    print(6246)
elif x == 6247:
    print(6247)
elif x == 6248:
    print(6248)
elif x == 6249:
    print(6249)
elif x == 6250:
    print(6250)
elif x == 6251:
    print(6251)
elif x == 6252:
    print(6252)
elif x == 6253:
    print(6253)
elif x == 6254:
    print(6254)
elif x == 6255:
    print(6255)
elif x == 6256:
    print(6256)
elif x == 6257:
    print(6257)
elif x == 6258:
    print(6258)
elif x == 6259:
    print(6259)
elif x == 6260:
    print(6260)
elif x == 6261:
    print(6261)
elif x == 6262:
    print(6262)
elif x == 6263:
    print(6263)
elif x == 6264:
    print(6264)
elif x == 6265:
    print(6265)
elif x == 6266:
    print(6266)
elif x == 6267:
    print(6267)
elif x == 6268:
    print(6268)
elif x == 6269:
    print(6269)
elif x == 6270:
    print(6270)
elif x == 6271:
    print(6271)
elif x == 6272:
    print(6272)
elif x == 6273:
    print(6273)
elif x == 6274:
    print(6274)
elif x == 6275:
    print(6275)
elif x == 6276:
    print(6276)
elif x == 6277:
    print(6277)
elif x == 6278:
    print(6278)
elif x == 6279:
    print(6279)
elif x == 6280:
    print(6280)
elif x == 6281:
    print(6281)
elif x == 6282:
    print(6282)
elif x == 6283:
    print(6283)
elif x == 6284:
    print(6284)
elif x == 6285:
    print(6285)
elif x == 6286:
    print(6286)
elif x == 6287:
    print(6287)
elif x == 6288:
    print(6288)
elif x == 6289:
    print(6289)
elif x == 6290:
    print(6290)
elif x == 6291:
    print(6291)
elif x == 6292:
    print(6292)
elif x == 6293:
    print(6293)
elif x == 6294:
    print(6294)
elif x == 6295:
    print(6295)
elif x == 6296:
    print(6296)
elif x == 6297:
    print(6297)
elif x == 6298:
    print(6298)
elif x == 6299:
    print(6299)
elif x == 6300:
    print(6300)
elif x == 6301:
    print(6301)
elif x == 6302:
    print(6302)
elif x == 6303:
    print(6303)
elif x == 6304:
    print(6304)
elif x == 6305:
    print(6305)
elif x == 6306:
    print(6306)
elif x == 6307:
    print(6307)
elif x == 6308:
    print(6308)
elif x == 6309:
    print(6309)
elif x == 6310:
    print(6310)
elif x == 6311:
    print(6311)
elif x == 6312:
    print(6312)
elif x == 6313:
    print(6313)
elif x == 6314:
    print(6314)
elif x == 6315:
    print(6315)
elif x == 6316:
    print(6316)
elif x == 6317:
    print(6317)
elif x == 6318:
    print(6318)
elif x == 6319:
    print(6319)
elif x == 6320:
    print(6320)
elif x == 6321:
    print(6321)
elif x == 6322:
    print(6322)
elif x == 6323:
    print(6323)
elif x == 6324:
    print(6324)
elif x == 6325:
    print(6325)
elif x == 6326:
    print(6326)
elif x == 6327:
    print(6327)
elif x == 6328:
    print(6328)
elif x == 6329:
    print(6329)
elif x == 6330:
    print(6330)
elif x == 6331:
    print(6331)
elif x == 6332:
    print(6332)
elif x == 6333:
    print(6333)
elif x == 6334:
    print(6334)
elif x == 6335:
    print(6335)
elif x == 6336:
    print(6336)
elif x == 6337:
    print(6337)
elif x == 6338:
    print(6338)
elif x == 6339:
    print(6339)
elif x == 6340:
    print(6340)
elif x == 6341:
    print(6341)
elif x == 6342:
    print(6342)
elif x == 6343:
    print(6343)
elif x == 6344:
    print(6344)
elif x == 6345:
    print(6345)
elif x == 6346:
    print(6346)
elif x == 6347:
    print(6347)
elif x == 6348:
    print(6348)
elif x == 6349:
    print(6349)
elif x == 6350:
    print(6350)
elif x == 6351:
    print(6351)
elif x == 6352:
    print(6352)
elif x == 6353:
    print(6353)
elif x == 6354:
    print(6354)
elif x == 6355:
    print(6355)
elif x == 6356:
    print(6356)
elif x == 6357:
    print(6357)
elif x == 6358:
    print(6358)
elif x == 6359:
    print(6359)
elif x == 6360:
    print(6360)
elif x == 6361:
    print(6361)
elif x == 6362:
    print(6362)
elif x == 6363:
    print(6363)
elif x == 6364:
    print(6364)
elif x == 6365:
    print(6365)
elif x == 6366:
    print(6366)
elif x == 6367:
    print(6367)
elif x == 6368:
    print(6368)
elif x == 6369:
    print(6369)
elif x == 6370:
    print(6370)
elif x == 6371:
    print(6371)
elif x == 6372:
    print(6372)
elif x == 6373:
    print(6373)
elif x == 6374:
    print(6374)
elif x == 6375:
    print(6375)
elif x == 6376:
    print(6376)
elif x == 6377:
    print(6377)
elif x == 6378:
    print(6378)
elif x == 6379:
    print(6379)
elif x == 6380:
    print(6380)
elif x == 6381:
    print(6381)
elif x == 6382:
    print(6382)
elif x == 6383:
    print(6383)
elif x == 6384:
    print(6384)
elif x == 6385:
    print(6385)
elif x == 6386:
    print(6386)
elif x == 6387:
    print(6387)
elif x == 6388:
    print(6388)
elif x == 6389:
    print(6389)
elif x == 6390:
    print(6390)
elif x == 6391:
    print(6391)
elif x == 6392:
    print(6392)
elif x == 6393:
    print(6393)
elif x == 6394:
    print(6394)
elif x == 6395:
    print(6395)
elif x == 6396:
    print(6396)
elif x == 6397:
    print(6397)
elif x == 6398:
    print(6398)
elif x == 6399:
    print(6399)
elif x == 6400:
    print(6400)
elif x == 6401:
    print(6401)
elif x == 6402:
    print(6402)
elif x == 6403:
    print(6403)
elif x == 6404:
    print(6404)
elif x == 6405:
    print(6405)
elif x == 6406:
    print(6406)
elif x == 6407:
    print(6407)
elif x == 6408:
    print(6408)
elif x == 6409:
    print(6409)
elif x == 6410:
    print(6410)
elif x == 6411:
    print(6411)
elif x == 6412:
    print(6412)
elif x == 6413:
    print(6413)
elif x == 6414:
    print(6414)
elif x == 6415:
    print(6415)
elif x == 6416:
    print(6416)
elif x == 6417:
    print(6417)
elif x == 6418:
    print(6418)
elif x == 6419:
    print(6419)
elif x == 6420:
    print(6420)
elif x == 6421:
    print(6421)
elif x == 6422:
    print(6422)
elif x == 6423:
    print(6423)
elif x == 6424:
    print(6424)
elif x == 6425:
    print(6425)
elif x == 6426:
    print(6426)
elif x == 6427:
    print(6427)
elif x == 6428:
    print(6428)
elif x == 6429:
    print(6429)
elif x == 6430:
    print(6430)
elif x == 6431:
    print(6431)
elif x == 6432:
    print(6432)
elif x == 6433:
    print(6433)
elif x == 6434:
    print(6434)
elif x == 6435:
    print(6435)
elif x == 6436:
    print(6436)
elif x == 6437:
    print(6437)
elif x == 6438:
    print(6438)
elif x == 6439:
    print(6439)
elif x == 6440:
    print(6440)
elif x == 6441:
    print(6441)
elif x == 6442:
    print(6442)
elif x == 6443:
    print(6443)
elif x == 6444:
    print(6444)
elif x == 6445:
    print(6445)
elif x == 6446:
    print(6446)
elif x == 6447:
    print(6447)
elif x == 6448:
    print(6448)
elif x == 6449:
    print(6449)
elif x == 6450:
    print(6450)
elif x == 6451:
    print(6451)
elif x == 6452:
    print(6452)
elif x == 6453:
    print(6453)
elif x == 6454:
    print(6454)
elif x == 6455:
    print(6455)
elif x == 6456:
    print(6456)
elif x == 6457:
    print(6457)
elif x == 6458:
    print(6458)
elif x == 6459:
    print(6459)
elif x == 6460:
    print(6460)
elif x == 6461:
    print(6461)
elif x == 6462:
    print(6462)
elif x == 6463:
    print(6463)
elif x == 6464:
    print(6464)
elif x == 6465:
    print(6465)
elif x == 6466:
    print(6466)
elif x == 6467:
    print(6467)
elif x == 6468:
    print(6468)
elif x == 6469:
    print(6469)
elif x == 6470:
    print(6470)
elif x == 6471:
    print(6471)
elif x == 6472:
    print(6472)
elif x == 6473:
    print(6473)
elif x == 6474:
    print(6474)
elif x == 6475:
    print(6475)
elif x == 6476:
    print(6476)
elif x == 6477:
    print(6477)
elif x == 6478:
    print(6478)
elif x == 6479:
    print(6479)
elif x == 6480:
    print(6480)
elif x == 6481:
    print(6481)
elif x == 6482:
    print(6482)
elif x == 6483:
    print(6483)
elif x == 6484:
    print(6484)
elif x == 6485:
    print(6485)
elif x == 6486:
    print(6486)
elif x == 6487:
    print(6487)
elif x == 6488:
    print(6488)
elif x == 6489:
    print(6489)
elif x == 6490:
    print(6490)
elif x == 6491:
    print(6491)
elif x == 6492:
    print(6492)
elif x == 6493:
    print(6493)
elif x == 6494:
    print(6494)
elif x == 6495:
    print(6495)
elif x == 6496:
    print(6496)
elif x == 6497:
    print(6497)
elif x == 6498:
    print(6498)
elif x == 6499:
    print(6499)
elif x == 6500:
    print(6500)
elif x == 6501:
    print(6501)
elif x == 6502:
    print(6502)
elif x == 6503:
    print(6503)
elif x == 6504:
    print(6504)
elif x == 6505:
    print(6505)
elif x == 6506:
    print(6506)
elif x == 6507:
    print(6507)
elif x == 6508:
    print(6508)
elif x == 6509:
    print(6509)
elif x == 6510:
    print(6510)
elif x == 6511:
    print(6511)
elif x == 6512:
    print(6512)
elif x == 6513:
    print(6513)
elif x == 6514:
    print(6514)
elif x == 6515:
    print(6515)
elif x == 6516:
    print(6516)
elif x == 6517:
    print(6517)
elif x == 6518:
    print(6518)
elif x == 6519:
    print(6519)
elif x == 6520:
    print(6520)
elif x == 6521:
    print(6521)
elif x == 6522:
    print(6522)
elif x == 6523:
    print(6523)
elif x == 6524:
    print(6524)
elif x == 6525:
    print(6525)
elif x == 6526:
    print(6526)
elif x == 6527:
    print(6527)
elif x == 6528:
    print(6528)
elif x == 6529:
    print(6529)
elif x == 6530:
    print(6530)
elif x == 6531:
    print(6531)
elif x == 6532:
    print(6532)
elif x == 6533:
    print(6533)
elif x == 6534:
    print(6534)
elif x == 6535:
    print(6535)
elif x == 6536:
    print(6536)
elif x == 6537:
    print(6537)
elif x == 6538:
    print(6538)
elif x == 6539:
    print(6539)
elif x == 6540:
    print(6540)
elif x == 6541:
    print(6541)
elif x == 6542:
    print(6542)
elif x == 6543:
    print(6543)
elif x == 6544:
    print(6544)
elif x == 6545:
    print(6545)
elif x == 6546:
    print(6546)
elif x == 6547:
    print(6547)
elif x == 6548:
    print(6548)
elif x == 6549:
    print(6549)
elif x == 6550:
    print(6550)
elif x == 6551:
    print(6551)
elif x == 6552:
    print(6552)
elif x == 6553:
    print(6553)
elif x == 6554:
    print(6554)
elif x == 6555:
    print(6555)
elif x == 6556:
    print(6556)
elif x == 6557:
    print(6557)
elif x == 6558:
    print(6558)
elif x == 6559:
    print(6559)
elif x == 6560:
    print(6560)
elif x == 6561:
    print(6561)
elif x == 6562:
    print(6562)
elif x == 6563:
    print(6563)
elif x == 6564:
    print(6564)
elif x == 6565:
    print(6565)
elif x == 6566:
    print(6566)
elif x == 6567:
    print(6567)
elif x == 6568:
    print(6568)
elif x == 6569:
    print(6569)
elif x == 6570:
    print(6570)
elif x == 6571:
    print(6571)
elif x == 6572:
    print(6572)
elif x == 6573:
    print(6573)
elif x == 6574:
    print(6574)
elif x == 6575:
    print(6575)
elif x == 6576:
    print(6576)
elif x == 6577:
    print(6577)
elif x == 6578:
    print(6578)
elif x == 6579:
    print(6579)
elif x == 6580:
    print(6580)
elif x == 6581:
    print(6581)
elif x == 6582:
    print(6582)
elif x == 6583:
    print(6583)
elif x == 6584:
    print(6584)
elif x == 6585:
    print(6585)
elif x == 6586:
    print(6586)
elif x == 6587:
    print(6587)
elif x == 6588:
    print(6588)
elif x == 6589:
    print(6589)
elif x == 6590:
    print(6590)
elif x == 6591:
    print(6591)
elif x == 6592:
    print(6592)
elif x == 6593:
    print(6593)
elif x == 6594:
    print(6594)
elif x == 6595:
    print(6595)
elif x == 6596:
    print(6596)
elif x == 6597:
    print(6597)
elif x == 6598:
    print(6598)
elif x == 6599:
    print(6599)
elif x == 6600:
    print(6600)
elif x == 6601:
    print(6601)
elif x == 6602:
    print(6602)
elif x == 6603:
    print(6603)
elif x == 6604:
    print(6604)
elif x == 6605:
    print(6605)
elif x == 6606:
    print(6606)
elif x == 6607:
    print(6607)
elif x == 6608:
    print(6608)
elif x == 6609:
    print(6609)
elif x == 6610:
    print(6610)
elif x == 6611:
    print(6611)
elif x == 6612:
    print(6612)
elif x == 6613:
    print(6613)
elif x == 6614:
    print(6614)
elif x == 6615:
    print(6615)
elif x == 6616:
    print(6616)
elif x == 6617:
    print(6617)
elif x == 6618:
    print(6618)
elif x == 6619:
    print(6619)
elif x == 6620:
    print(6620)
elif x == 6621:
    print(6621)
elif x == 6622:
    print(6622)
elif x == 6623:
    print(6623)
elif x == 6624:
    print(6624)
elif x == 6625:
    print(6625)
elif x == 6626:
    print(6626)
elif x == 6627:
    print(6627)
elif x == 6628:
    print(6628)
elif x == 6629:
    print(6629)
elif x == 6630:
    print(6630)
elif x == 6631:
    print(6631)
elif x == 6632:
    print(6632)
elif x == 6633:
    print(6633)
elif x == 6634:
    print(6634)
elif x == 6635:
    print(6635)
elif x == 6636:
    print(6636)
elif x == 6637:
    print(6637)
elif x == 6638:
    print(6638)
elif x == 6639:
    print(6639)
elif x == 6640:
    print(6640)
elif x == 6641:
    print(6641)
elif x == 6642:
    print(6642)
elif x == 6643:
    print(6643)
elif x == 6644:
    print(6644)
elif x == 6645:
    print(6645)
elif x == 6646:
    print(6646)
elif x == 6647:
    print(6647)
elif x == 6648:
    print(6648)
elif x == 6649:
    print(6649)
elif x == 6650:
    print(6650)
elif x == 6651:
    print(6651)
elif x == 6652:
    print(6652)
elif x == 6653:
    print(6653)
elif x == 6654:
    print(6654)
elif x == 6655:
    print(6655)
elif x == 6656:
    print(6656)
elif x == 6657:
    print(6657)
elif x == 6658:
    print(6658)
elif x == 6659:
    print(6659)
elif x == 6660:
    print(6660)
elif x == 6661:
    print(6661)
elif x == 6662:
    print(6662)
elif x == 6663:
    print(6663)
elif x == 6664:
    print(6664)
elif x == 6665:
    print(6665)
elif x == 6666:
    print(6666)
elif x == 6667:
    print(6667)
elif x == 6668:
    print(6668)
elif x == 6669:
    print(6669)
elif x == 6670:
    print(6670)
elif x == 6671:
    print(6671)
elif x == 6672:
    print(6672)
elif x == 6673:
    print(6673)
elif x == 6674:
    print(6674)
elif x == 6675:
    print(6675)
elif x == 6676:
    print(6676)
elif x == 6677:
    print(6677)
elif x == 6678:
    print(6678)
elif x == 6679:
    print(6679)
elif x == 6680:
    print(6680)
elif x == 6681:
    print(6681)
elif x == 6682:
    print(6682)
elif x == 6683:
    print(6683)
elif x == 6684:
    print(6684)
elif x == 6685:
    print(6685)
elif x == 6686:
    print(6686)
elif x == 6687:
    print(6687)
elif x == 6688:
    print(6688)
elif x == 6689:
    print(6689)
elif x == 6690:
    print(6690)
elif x == 6691:
    print(6691)
elif x == 6692:
    print(6692)
elif x == 6693:
    print(6693)
elif x == 6694:
    print(6694)
elif x == 6695:
    print(6695)
elif x == 6696:
    print(6696)
elif x == 6697:
    print(6697)
elif x == 6698:
    print(6698)
elif x == 6699:
    print(6699)
elif x == 6700:
    print(6700)
elif x == 6701:
    print(6701)
elif x == 6702:
    print(6702)
elif x == 6703:
    print(6703)
elif x == 6704:
    print(6704)
elif x == 6705:
    print(6705)
elif x == 6706:
    print(6706)
elif x == 6707:
    print(6707)
elif x == 6708:
    print(6708)
elif x == 6709:
    print(6709)
elif x == 6710:
    print(6710)
elif x == 6711:
    print(6711)
elif x == 6712:
    print(6712)
elif x == 6713:
    print(6713)
elif x == 6714:
    print(6714)
elif x == 6715:
    print(6715)
elif x == 6716:
    print(6716)
elif x == 6717:
    print(6717)
elif x == 6718:
    print(6718)
elif x == 6719:
    print(6719)
elif x == 6720:
    print(6720)
elif x == 6721:
    print(6721)
elif x == 6722:
    print(6722)
elif x == 6723:
    print(6723)
elif x == 6724:
    print(6724)
elif x == 6725:
    print(6725)
elif x == 6726:
    print(6726)
elif x == 6727:
    print(6727)
elif x == 6728:
    print(6728)
elif x == 6729:
    print(6729)
elif x == 6730:
    print(6730)
elif x == 6731:
    print(6731)
elif x == 6732:
    print(6732)
elif x == 6733:
    print(6733)
elif x == 6734:
    print(6734)
elif x == 6735:
    print(6735)
elif x == 6736:
    print(6736)
elif x == 6737:
    print(6737)
elif x == 6738:
    print(6738)
elif x == 6739:
    print(6739)
elif x == 6740:
    print(6740)
elif x == 6741:
    print(6741)
elif x == 6742:
    print(6742)
elif x == 6743:
    print(6743)
elif x == 6744:
    print(6744)
elif x == 6745:
    print(6745)
elif x == 6746:
    print(6746)
elif x == 6747:
    print(6747)
elif x == 6748:
    print(6748)
elif x == 6749:
    print(6749)
elif x == 6750:
    print(6750)
elif x == 6751:
    print(6751)
elif x == 6752:
    print(6752)
elif x == 6753:
    print(6753)
elif x == 6754:
    print(6754)
elif x == 6755:
    print(6755)
elif x == 6756:
    print(6756)
elif x == 6757:
    print(6757)
elif x == 6758:
    print(6758)
elif x == 6759:
    print(6759)
elif x == 6760:
    print(6760)
elif x == 6761:
    print(6761)
elif x == 6762:
    print(6762)
elif x == 6763:
    print(6763)
elif x == 6764:
    print(6764)
elif x == 6765:
    print(6765)
elif x == 6766:
    print(6766)
elif x == 6767:
    print(6767)
elif x == 6768:
    print(6768)
elif x == 6769:
    print(6769)
elif x == 6770:
    print(6770)
elif x == 6771:
    print(6771)
elif x == 6772:
    print(6772)
elif x == 6773:
    print(6773)
elif x == 6774:
    print(6774)
elif x == 6775:
    print(6775)
elif x == 6776:
    print(6776)
elif x == 6777:
    print(6777)
elif x == 6778:
    print(6778)
elif x == 6779:
    print(6779)
elif x == 6780:
    print(6780)
elif x == 6781:
    print(6781)
elif x == 6782:
    print(6782)
elif x == 6783:
    print(6783)
elif x == 6784:
    print(6784)
elif x == 6785:
    print(6785)
elif x == 6786:
    print(6786)
elif x == 6787:
    print(6787)
elif x == 6788:
    print(6788)
elif x == 6789:
    print(6789)
elif x == 6790:
    print(6790)
elif x == 6791:
    print(6791)
elif x == 6792:
    print(6792)
elif x == 6793:
    print(6793)
elif x == 6794:
    print(6794)
elif x == 6795:
    print(6795)
elif x == 6796:
    print(6796)
elif x == 6797:
    print(6797)
elif x == 6798:
    print(6798)
elif x == 6799:
    print(6799)
elif x == 6800:
    print(6800)
elif x == 6801:
    print(6801)
elif x == 6802:
    print(6802)
elif x == 6803:
    print(6803)
elif x == 6804:
    print(6804)
elif x == 6805:
    print(6805)
elif x == 6806:
    print(6806)
elif x == 6807:
    print(6807)
elif x == 6808:
    print(6808)
elif x == 6809:
    print(6809)
elif x == 6810:
    print(6810)
elif x == 6811:
    print(6811)
elif x == 6812:
    print(6812)
elif x == 6813:
    print(6813)
elif x == 6814:
    print(6814)
elif x == 6815:
    print(6815)
elif x == 6816:
    print(6816)
elif x == 6817:
    print(6817)
elif x == 6818:
    print(6818)
elif x == 6819:
    print(6819)
elif x == 6820:
    print(6820)
elif x == 6821:
    print(6821)
elif x == 6822:
    print(6822)
elif x == 6823:
    print(6823)
elif x == 6824:
    print(6824)
elif x == 6825:
    print(6825)
elif x == 6826:
    print(6826)
elif x == 6827:
    print(6827)
elif x == 6828:
    print(6828)
elif x == 6829:
    print(6829)
elif x == 6830:
    print(6830)
elif x == 6831:
    print(6831)
elif x == 6832:
    print(6832)
elif x == 6833:
    print(6833)
elif x == 6834:
    print(6834)
elif x == 6835:
    print(6835)
elif x == 6836:
    print(6836)
elif x == 6837:
    print(6837)
elif x == 6838:
    print(6838)
elif x == 6839:
    print(6839)
elif x == 6840:
    print(6840)
elif x == 6841:
    print(6841)
elif x == 6842:
    print(6842)
elif x == 6843:
    print(6843)
elif x == 6844:
    print(6844)
elif x == 6845:
    print(6845)
elif x == 6846:
    print(6846)
elif x == 6847:
    print(6847)
elif x == 6848:
    print(6848)
elif x == 6849:
    print(6849)
elif x == 6850:
    print(6850)
elif x == 6851:
    print(6851)
elif x == 6852:
    print(6852)
elif x == 6853:
    print(6853)
elif x == 6854:
    print(6854)
elif x == 6855:
    print(6855)
elif x == 6856:
    print(6856)
elif x == 6857:
    print(6857)
elif x == 6858:
    print(6858)
elif x == 6859:
    print(6859)
elif x == 6860:
    print(6860)
elif x == 6861:
    print(6861)
elif x == 6862:
    print(6862)
elif x == 6863:
    print(6863)
elif x == 6864:
    print(6864)
elif x == 6865:
    print(6865)
elif x == 6866:
    print(6866)
elif x == 6867:
    print(6867)
elif x == 6868:
    print(6868)
elif x == 6869:
    print(6869)
elif x == 6870:
    print(6870)
elif x == 6871:
    print(6871)
elif x == 6872:
    print(6872)
elif x == 6873:
    print(6873)
elif x == 6874:
    print(6874)
elif x == 6875:
    print(6875)
elif x == 6876:
    print(6876)
elif x == 6877:
    print(6877)
elif x == 6878:
    print(6878)
elif x == 6879:
    print(6879)
elif x == 6880:
    print(6880)
elif x == 6881:
    print(6881)
elif x == 6882:
    print(6882)
elif x == 6883:
    print(6883)
elif x == 6884:
    print(6884)
elif x == 6885:
    print(6885)
elif x == 6886:
    print(6886)
elif x == 6887:
    print(6887)
elif x == 6888:
    print(6888)
elif x == 6889:
    print(6889)
elif x == 6890:
    print(6890)
elif x == 6891:
    print(6891)
elif x == 6892:
    print(6892)
elif x == 6893:
    print(6893)
elif x == 6894:
    print(6894)
elif x == 6895:
    print(6895)
elif x == 6896:
    print(6896)
elif x == 6897:
    print(6897)
elif x == 6898:
    print(6898)
elif x == 6899:
    print(6899)
elif x == 6900:
    print(6900)
elif x == 6901:
    print(6901)
elif x == 6902:
    print(6902)
elif x == 6903:
    print(6903)
elif x == 6904:
    print(6904)
elif x == 6905:
    print(6905)
elif x == 6906:
    print(6906)
elif x == 6907:
    print(6907)
elif x == 6908:
    print(6908)
elif x == 6909:
    print(6909)
elif x == 6910:
    print(6910)
elif x == 6911:
    print(6911)
elif x == 6912:
    print(6912)
elif x == 6913:
    print(6913)
elif x == 6914:
    print(6914)
elif x == 6915:
    print(6915)
elif x == 6916:
    print(6916)
elif x == 6917:
    print(6917)
elif x == 6918:
    print(6918)
elif x == 6919:
    print(6919)
elif x == 6920:
    print(6920)
elif x == 6921:
    print(6921)
elif x == 6922:
    print(6922)
elif x == 6923:
    print(6923)
elif x == 6924:
    print(6924)
elif x == 6925:
    print(6925)
elif x == 6926:
    print(6926)
elif x == 6927:
    print(6927)
elif x == 6928:
    print(6928)
elif x == 6929:
    print(6929)
elif x == 6930:
    print(6930)
elif x == 6931:
    print(6931)
elif x == 6932:
    print(6932)
elif x == 6933:
    print(6933)
elif x == 6934:
    print(6934)
elif x == 6935:
    print(6935)
elif x == 6936:
    print(6936)
elif x == 6937:
    print(6937)
elif x == 6938:
    print(6938)
elif x == 6939:
    print(6939)
elif x == 6940:
    print(6940)
elif x == 6941:
    print(6941)
elif x == 6942:
    print(6942)
elif x == 6943:
    print(6943)
elif x == 6944:
    print(6944)
elif x == 6945:
    print(6945)
elif x == 6946:
    print(6946)
elif x == 6947:
    print(6947)
elif x == 6948:
    print(6948)
elif x == 6949:
    print(6949)
elif x == 6950:
    print(6950)
elif x == 6951:
    print(6951)
elif x == 6952:
    print(6952)
elif x == 6953:
    print(6953)
elif x == 6954:
    print(6954)
elif x == 6955:
    print(6955)
elif x == 6956:
    print(6956)
elif x == 6957:
    print(6957)
elif x == 6958:
    print(6958)
elif x == 6959:
    print(6959)
elif x == 6960:
    print(6960)
elif x == 6961:
    print(6961)
elif x == 6962:
    print(6962)
elif x == 6963:
    print(6963)
elif x == 6964:
    print(6964)
elif x == 6965:
    print(6965)
elif x == 6966:
    print(6966)
elif x == 6967:
    print(6967)
elif x == 6968:
    print(6968)
elif x == 6969:
    print(6969)
elif x == 6970:
    print(6970)
elif x == 6971:
    print(6971)
elif x == 6972:
    print(6972)
elif x == 6973:
    print(6973)
elif x == 6974:
    print(6974)
elif x == 6975:
    print(6975)
elif x == 6976:
    print(6976)
elif x == 6977:
    print(6977)
elif x == 6978:
    print(6978)
elif x == 6979:
    print(6979)
elif x == 6980:
    print(6980)
elif x == 6981:
    print(6981)
elif x == 6982:
    print(6982)
elif x == 6983:
    print(6983)
elif x == 6984:
    print(6984)
elif x == 6985:
    print(6985)
elif x == 6986:
    print(6986)
elif x == 6987:
    print(6987)
elif x == 6988:
    print(6988)
elif x == 6989:
    print(6989)
elif x == 6990:
    print(6990)
elif x == 6991:
    print(6991)
elif x == 6992:
    print(6992)
elif x == 6993:
    print(6993)
elif x == 6994:
    print(6994)
elif x == 6995:
    print(6995)
elif x == 6996:
    print(6996)
elif x == 6997:
    print(6997)
elif x == 6998:
    print(6998)
elif x == 6999:
    print(6999)
elif x == 7000:
    print(7000)
elif x == 7001:
    print(7001)
elif x == 7002:
    print(7002)
elif x == 7003:
    print(7003)
elif x == 7004:
    print(7004)
elif x == 7005:
    print(7005)
elif x == 7006:
    print(7006)
elif x == 7007:
    print(7007)
elif x == 7008:
    print(7008)
elif x == 7009:
    print(7009)
elif x == 7010:
    print(7010)
elif x == 7011:
    print(7011)
elif x == 7012:
    print(7012)
elif x == 7013:
    print(7013)
elif x == 7014:
    print(7014)
elif x == 7015:
    print(7015)
elif x == 7016:
    print(7016)
elif x == 7017:
    print(7017)
elif x == 7018:
    print(7018)
elif x == 7019:
    print(7019)
elif x == 7020:
    print(7020)
elif x == 7021:
    print(7021)
elif x == 7022:
    print(7022)
elif x == 7023:
    print(7023)
elif x == 7024:
    print(7024)
elif x == 7025:
    print(7025)
elif x == 7026:
    print(7026)
elif x == 7027:
    print(7027)
elif x == 7028:
    print(7028)
elif x == 7029:
    print(7029)
elif x == 7030:
    print(7030)
elif x == 7031:
    print(7031)
elif x == 7032:
    print(7032)
elif x == 7033:
    print(7033)
elif x == 7034:
    print(7034)
elif x == 7035:
    print(7035)
elif x == 7036:
    print(7036)
elif x == 7037:
    print(7037)
elif x == 7038:
    print(7038)
elif x == 7039:
    print(7039)
elif x == 7040:
    print(7040)
elif x == 7041:
    print(7041)
elif x == 7042:
    print(7042)
elif x == 7043:
    print(7043)
elif x == 7044:
    print(7044)
elif x == 7045:
    print(7045)
elif x == 7046:
    print(7046)
elif x == 7047:
    print(7047)
elif x == 7048:
    print(7048)
elif x == 7049:
    print(7049)
elif x == 7050:
    print(7050)
elif x == 7051:
    print(7051)
elif x == 7052:
    print(7052)
elif x == 7053:
    print(7053)
elif x == 7054:
    print(7054)
elif x == 7055:
    print(7055)
elif x == 7056:
    print(7056)
elif x == 7057:
    print(7057)
elif x == 7058:
    print(7058)
elif x == 7059:
    print(7059)
elif x == 7060:
    print(7060)
elif x == 7061:
    print(7061)
elif x == 7062:
    print(7062)
elif x == 7063:
    print(7063)
elif x == 7064:
    print(7064)
elif x == 7065:
    print(7065)
elif x == 7066:
    print(7066)
elif x == 7067:
    print(7067)
elif x == 7068:
    print(7068)
elif x == 7069:
    print(7069)
elif x == 7070:
    print(7070)
elif x == 7071:
    print(7071)
elif x == 7072:
    print(7072)
elif x == 7073:
    print(7073)
elif x == 7074:
    print(7074)
elif x == 7075:
    print(7075)
elif x == 7076:
    print(7076)
elif x == 7077:
    print(7077)
elif x == 7078:
    print(7078)
elif x == 7079:
    print(7079)
elif x == 7080:
    print(7080)
elif x == 7081:
    print(7081)
elif x == 7082:
    print(7082)
elif x == 7083:
    print(7083)
elif x == 7084:
    print(7084)
elif x == 7085:
    print(7085)
elif x == 7086:
    print(7086)
elif x == 7087:
    print(7087)
elif x == 7088:
    print(7088)
elif x == 7089:
    print(7089)
elif x == 7090:
    print(7090)
elif x == 7091:
    print(7091)
elif x == 7092:
    print(7092)
elif x == 7093:
    print(7093)
elif x == 7094:
    print(7094)
elif x == 7095:
    print(7095)
elif x == 7096:
    print(7096)
elif x == 7097:
    print(7097)
elif x == 7098:
    print(7098)
elif x == 7099:
    print(7099)
elif x == 7100:
    print(7100)
elif x == 7101:
    print(7101)
elif x == 7102:
    print(7102)
elif x == 7103:
    print(7103)
elif x == 7104:
    print(7104)
elif x == 7105:
    print(7105)
elif x == 7106:
    print(7106)
elif x == 7107:
    print(7107)
elif x == 7108:
    print(7108)
elif x == 7109:
    print(7109)
elif x == 7110:
    print(7110)
elif x == 7111:
    print(7111)
elif x == 7112:
    print(7112)
elif x == 7113:
    print(7113)
elif x == 7114:
    print(7114)
elif x == 7115:
    print(7115)
elif x == 7116:
    print(7116)
elif x == 7117:
    print(7117)
elif x == 7118:
    print(7118)
elif x == 7119:
    print(7119)
elif x == 7120:
    print(7120)
elif x == 7121:
    print(7121)
elif x == 7122:
    print(7122)
elif x == 7123:
    print(7123)
elif x == 7124:
    print(7124)
elif x == 7125:
    print(7125)
elif x == 7126:
    print(7126)
elif x == 7127:
    print(7127)
elif x == 7128:
    print(7128)
elif x == 7129:
    print(7129)
elif x == 7130:
    print(7130)
elif x == 7131:
    print(7131)
elif x == 7132:
    print(7132)
elif x == 7133:
    print(7133)
elif x == 7134:
    print(7134)
elif x == 7135:
    print(7135)
elif x == 7136:
    print(7136)
elif x == 7137:
    print(7137)
elif x == 7138:
    print(7138)
elif x == 7139:
    print(7139)
elif x == 7140:
    print(7140)
elif x == 7141:
    print(7141)
elif x == 7142:
    print(7142)
elif x == 7143:
    print(7143)
elif x == 7144:
    print(7144)
elif x == 7145:
    print(7145)
elif x == 7146:
    print(7146)
elif x == 7147:
    print(7147)
elif x == 7148:
    print(7148)
elif x == 7149:
    print(7149)
elif x == 7150:
    print(7150)
elif x == 7151:
    print(7151)
elif x == 7152:
    print(7152)
elif x == 7153:
    print(7153)
elif x == 7154:
    print(7154)
elif x == 7155:
    print(7155)
elif x == 7156:
    print(7156)
elif x == 7157:
    print(7157)
elif x == 7158:
    print(7158)
elif x == 7159:
    print(7159)
elif x == 7160:
    print(7160)
elif x == 7161:
    print(7161)
elif x == 7162:
    print(7162)
elif x == 7163:
    print(7163)
elif x == 7164:
    print(7164)
elif x == 7165:
    print(7165)
elif x == 7166:
    print(7166)
elif x == 7167:
    print(7167)
elif x == 7168:
    print(7168)
elif x == 7169:
    print(7169)
elif x == 7170:
    print(7170)
elif x == 7171:
    print(7171)
elif x == 7172:
    print(7172)
elif x == 7173:
    print(7173)
elif x == 7174:
    print(7174)
elif x == 7175:
    print(7175)
elif x == 7176:
    print(7176)
elif x == 7177:
    print(7177)
elif x == 7178:
    print(7178)
elif x == 7179:
    print(7179)
elif x == 7180:
    print(7180)
elif x == 7181:
    print(7181)
elif x == 7182:
    print(7182)
elif x == 7183:
    print(7183)
elif x == 7184:
    print(7184)
elif x == 7185:
    print(7185)
elif x == 7186:
    print(7186)
elif x == 7187:
    print(7187)
elif x == 7188:
    print(7188)
elif x == 7189:
    print(7189)
elif x == 7190:
    print(7190)
elif x == 7191:
    print(7191)
elif x == 7192:
    print(7192)
elif x == 7193:
    print(7193)
elif x == 7194:
    print(7194)
elif x == 7195:
    print(7195)
elif x == 7196:
    print(7196)
elif x == 7197:
    print(7197)
elif x == 7198:
    print(7198)
elif x == 7199:
    print(7199)
elif x == 7200:
    print(7200)
elif x == 7201:
    print(7201)
elif x == 7202:
    print(7202)
elif x == 7203:
    print(7203)
elif x == 7204:
    print(7204)
elif x == 7205:
    print(7205)
elif x == 7206:
    print(7206)
elif x == 7207:
    print(7207)
elif x == 7208:
    print(7208)
elif x == 7209:
    print(7209)
elif x == 7210:
    print(7210)
elif x == 7211:
    print(7211)
elif x == 7212:
    print(7212)
elif x == 7213:
    print(7213)
elif x == 7214:
    print(7214)
elif x == 7215:
    print(7215)
elif x == 7216:
    print(7216)
elif x == 7217:
    print(7217)
elif x == 7218:
    print(7218)
elif x == 7219:
    print(7219)
elif x == 7220:
    print(7220)
elif x == 7221:
    print(7221)
elif x == 7222:
    print(7222)
elif x == 7223:
    print(7223)
elif x == 7224:
    print(7224)
elif x == 7225:
    print(7225)
elif x == 7226:
    print(7226)
elif x == 7227:
    print(7227)
elif x == 7228:
    print(7228)
elif x == 7229:
    print(7229)
elif x == 7230:
    print(7230)
elif x == 7231:
    print(7231)
elif x == 7232:
    print(7232)
elif x == 7233:
    print(7233)
elif x == 7234:
    print(7234)
elif x == 7235:
    print(7235)
elif x == 7236:
    print(7236)
elif x == 7237:
    print(7237)
elif x == 7238:
    print(7238)
elif x == 7239:
    print(7239)
elif x == 7240:
    print(7240)
elif x == 7241:
    print(7241)
elif x == 7242:
    print(7242)
elif x == 7243:
    print(7243)
elif x == 7244:
    print(7244)
elif x == 7245:
    print(7245)
elif x == 7246:
    print(7246)
elif x == 7247:
    print(7247)
elif x == 7248:
    print(7248)
elif x == 7249:
    print(7249)
elif x == 7250:
    print(7250)
elif x == 7251:
    print(7251)
elif x == 7252:
    print(7252)
elif x == 7253:
    print(7253)
elif x == 7254:
    print(7254)
elif x == 7255:
    print(7255)
elif x == 7256:
    print(7256)
elif x == 7257:
    print(7257)
elif x == 7258:
    print(7258)
elif x == 7259:
    print(7259)
elif x == 7260:
    print(7260)
elif x == 7261:
    print(7261)
elif x == 7262:
    print(7262)
elif x == 7263:
    print(7263)
elif x == 7264:
    print(7264)
elif x == 7265:
    print(7265)
elif x == 7266:
    print(7266)
elif x == 7267:
    print(7267)
elif x == 7268:
    print(7268)
elif x == 7269:
    print(7269)
elif x == 7270:
    print(7270)
elif x == 7271:
    print(7271)
elif x == 7272:
    print(7272)
elif x == 7273:
    print(7273)
elif x == 7274:
    print(7274)
elif x == 7275:
    print(7275)
elif x == 7276:
    print(7276)
elif x == 7277:
    print(7277)
elif x == 7278:
    print(7278)
elif x == 7279:
    print(7279)
elif x == 7280:
    print(7280)
elif x == 7281:
    print(7281)
elif x == 7282:
    print(7282)
elif x == 7283:
    print(7283)
elif x == 7284:
    print(7284)
elif x == 7285:
    print(7285)
elif x == 7286:
    print(7286)
elif x == 7287:
    print(7287)
elif x == 7288:
    print(7288)
elif x == 7289:
    print(7289)
elif x == 7290:
    print(7290)
elif x == 7291:
    print(7291)
elif x == 7292:
    print(7292)
elif x == 7293:
    print(7293)
elif x == 7294:
    print(7294)
elif x == 7295:
    print(7295)
elif x == 7296:
    print(7296)
elif x == 7297:
    print(7297)
elif x == 7298:
    print(7298)
elif x == 7299:
    print(7299)
elif x == 7300:
    print(7300)
elif x == 7301:
    print(7301)
elif x == 7302:
    print(7302)
elif x == 7303:
    print(7303)
elif x == 7304:
    print(7304)
elif x == 7305:
    print(7305)
elif x == 7306:
    print(7306)
elif x == 7307:
    print(7307)
elif x == 7308:
    print(7308)
elif x == 7309:
    print(7309)
elif x == 7310:
    print(7310)
elif x == 7311:
    print(7311)
elif x == 7312:
    print(7312)
elif x == 7313:
    print(7313)
elif x == 7314:
    print(7314)
elif x == 7315:
    print(7315)
elif x == 7316:
    print(7316)
elif x == 7317:
    print(7317)
elif x == 7318:
    print(7318)
elif x == 7319:
    print(7319)
elif x == 7320:
    print(7320)
elif x == 7321:
    print(7321)
elif x == 7322:
    print(7322)
elif x == 7323:
    print(7323)
elif x == 7324:
    print(7324)
elif x == 7325:
    print(7325)
elif x == 7326:
    print(7326)
elif x == 7327:
    print(7327)
elif x == 7328:
    print(7328)
elif x == 7329:
    print(7329)
elif x == 7330:
    print(7330)
elif x == 7331:
    print(7331)
elif x == 7332:
    print(7332)
elif x == 7333:
    print(7333)
elif x == 7334:
    print(7334)
elif x == 7335:
    print(7335)
elif x == 7336:
    print(7336)
elif x == 7337:
    print(7337)
elif x == 7338:
    print(7338)
elif x == 7339:
    print(7339)
elif x == 7340:
    print(7340)
elif x == 7341:
    print(7341)
elif x == 7342:
    print(7342)
elif x == 7343:
    print(7343)
elif x == 7344:
    print(7344)
elif x == 7345:
    print(7345)
elif x == 7346:
    print(7346)
elif x == 7347:
    print(7347)
elif x == 7348:
    print(7348)
elif x == 7349:
    print(7349)
elif x == 7350:
    print(7350)
elif x == 7351:
    print(7351)
elif x == 7352:
    print(7352)
elif x == 7353:
    print(7353)
elif x == 7354:
    print(7354)
elif x == 7355:
    print(7355)
elif x == 7356:
    print(7356)
elif x == 7357:
    print(7357)
elif x == 7358:
    print(7358)
elif x == 7359:
    print(7359)
elif x == 7360:
    print(7360)
elif x == 7361:
    print(7361)
elif x == 7362:
    print(7362)
elif x == 7363:
    print(7363)
elif x == 7364:
    print(7364)
elif x == 7365:
    print(7365)
elif x == 7366:
    print(7366)
elif x == 7367:
    print(7367)
elif x == 7368:
    print(7368)
elif x == 7369:
    print(7369)
elif x == 7370:
    print(7370)
elif x == 7371:
    print(7371)
elif x == 7372:
    print(7372)
elif x == 7373:
    print(7373)
elif x == 7374:
    print(7374)
elif x == 7375:
    print(7375)
elif x == 7376:
    print(7376)
elif x == 7377:
    print(7377)
elif x == 7378:
    print(7378)
elif x == 7379:
    print(7379)
elif x == 7380:
    print(7380)
elif x == 7381:
    print(7381)
elif x == 7382:
    print(7382)
elif x == 7383:
    print(7383)
elif x == 7384:
    print(7384)
elif x == 7385:
    print(7385)
elif x == 7386:
    print(7386)
elif x == 7387:
    print(7387)
elif x == 7388:
    print(7388)
elif x == 7389:
    print(7389)
elif x == 7390:
    print(7390)
elif x == 7391:
    print(7391)
elif x == 7392:
    print(7392)
elif x == 7393:
    print(7393)
elif x == 7394:
    print(7394)
elif x == 7395:
    print(7395)
elif x == 7396:
    print(7396)
elif x == 7397:
    print(7397)
elif x == 7398:
    print(7398)
elif x == 7399:
    print(7399)
elif x == 7400:
    print(7400)
elif x == 7401:
    print(7401)
elif x == 7402:
    print(7402)
elif x == 7403:
    print(7403)
elif x == 7404:
    print(7404)
elif x == 7405:
    print(7405)
elif x == 7406:
    print(7406)
elif x == 7407:
    print(7407)
elif x == 7408:
    print(7408)
elif x == 7409:
    print(7409)
elif x == 7410:
    print(7410)
elif x == 7411:
    print(7411)
elif x == 7412:
    print(7412)
elif x == 7413:
    print(7413)
elif x == 7414:
    print(7414)
elif x == 7415:
    print(7415)
elif x == 7416:
    print(7416)
elif x == 7417:
    print(7417)
elif x == 7418:
    print(7418)
elif x == 7419:
    print(7419)
elif x == 7420:
    print(7420)
elif x == 7421:
    print(7421)
elif x == 7422:
    print(7422)
elif x == 7423:
    print(7423)
elif x == 7424:
    print(7424)
elif x == 7425:
    print(7425)
elif x == 7426:
    print(7426)
elif x == 7427:
    print(7427)
elif x == 7428:
    print(7428)
elif x == 7429:
    print(7429)
elif x == 7430:
    print(7430)
elif x == 7431:
    print(7431)
elif x == 7432:
    print(7432)
elif x == 7433:
    print(7433)
elif x == 7434:
    print(7434)
elif x == 7435:
    print(7435)
elif x == 7436:
    print(7436)
elif x == 7437:
    print(7437)
elif x == 7438:
    print(7438)
elif x == 7439:
    print(7439)
elif x == 7440:
    print(7440)
elif x == 7441:
    print(7441)
elif x == 7442:
    print(7442)
elif x == 7443:
    print(7443)
elif x == 7444:
    print(7444)
elif x == 7445:
    print(7445)
elif x == 7446:
    print(7446)
elif x == 7447:
    print(7447)
elif x == 7448:
    print(7448)
elif x == 7449:
    print(7449)
elif x == 7450:
    print(7450)
elif x == 7451:
    print(7451)
elif x == 7452:
    print(7452)
elif x == 7453:
    print(7453)
elif x == 7454:
    print(7454)
elif x == 7455:
    print(7455)
elif x == 7456:
    print(7456)
elif x == 7457:
    print(7457)
elif x == 7458:
    print(7458)
elif x == 7459:
    print(7459)
elif x == 7460:
    print(7460)
elif x == 7461:
    print(7461)
elif x == 7462:
    print(7462)
elif x == 7463:
    print(7463)
elif x == 7464:
    print(7464)
elif x == 7465:
    print(7465)
elif x == 7466:
    print(7466)
elif x == 7467:
    print(7467)
elif x == 7468:
    print(7468)
elif x == 7469:
    print(7469)
elif x == 7470:
    print(7470)
elif x == 7471:
    print(7471)
elif x == 7472:
    print(7472)
elif x == 7473:
    print(7473)
elif x == 7474:
    print(7474)
elif x == 7475:
    print(7475)
elif x == 7476:
    print(7476)
elif x == 7477:
    print(7477)
elif x == 7478:
    print(7478)
elif x == 7479:
    print(7479)
elif x == 7480:
    print(7480)
elif x == 7481:
    print(7481)
elif x == 7482:
    print(7482)
elif x == 7483:
    print(7483)
elif x == 7484:
    print(7484)
elif x == 7485:
    print(7485)
elif x == 7486:
    print(7486)
elif x == 7487:
    print(7487)
elif x == 7488:
    print(7488)
elif x == 7489:
    print(7489)
elif x == 7490:
    print(7490)
elif x == 7491:
    print(7491)
elif x == 7492:
    print(7492)
elif x == 7493:
    print(7493)
elif x == 7494:
    print(7494)
elif x == 7495:
    print(7495)
elif x == 7496:
    print(7496)
elif x == 7497:
    print(7497)
elif x == 7498:
    print(7498)
elif x == 7499:
    print(7499)
elif x == 7500:
    print(7500)
elif x == 7501:
    print(7501)
elif x == 7502:
    print(7502)
elif x == 7503:
    print(7503)
elif x == 7504:
    print(7504)
elif x == 7505:
    print(7505)
elif x == 7506:
    print(7506)
elif x == 7507:
    print(7507)
elif x == 7508:
    print(7508)
elif x == 7509:
    print(7509)
elif x == 7510:
    print(7510)
elif x == 7511:
    print(7511)
elif x == 7512:
    print(7512)
elif x == 7513:
    print(7513)
elif x == 7514:
    print(7514)
elif x == 7515:
    print(7515)
elif x == 7516:
    print(7516)
elif x == 7517:
    print(7517)
elif x == 7518:
    print(7518)
elif x == 7519:
    print(7519)
elif x == 7520:
    print(7520)
elif x == 7521:
    print(7521)
elif x == 7522:
    print(7522)
elif x == 7523:
    print(7523)
elif x == 7524:
    print(7524)
elif x == 7525:
    print(7525)
elif x == 7526:
    print(7526)
elif x == 7527:
    print(7527)
elif x == 7528:
    print(7528)
elif x == 7529:
    print(7529)
elif x == 7530:
    print(7530)
elif x == 7531:
    print(7531)
elif x == 7532:
    print(7532)
elif x == 7533:
    print(7533)
elif x == 7534:
    print(7534)
elif x == 7535:
    print(7535)
elif x == 7536:
    print(7536)
elif x == 7537:
    print(7537)
elif x == 7538:
    print(7538)
elif x == 7539:
    print(7539)
elif x == 7540:
    print(7540)
elif x == 7541:
    print(7541)
elif x == 7542:
    print(7542)
elif x == 7543:
    print(7543)
elif x == 7544:
    print(7544)
elif x == 7545:
    print(7545)
elif x == 7546:
    print(7546)
elif x == 7547:
    print(7547)
elif x == 7548:
    print(7548)
elif x == 7549:
    print(7549)
elif x == 7550:
    print(7550)
elif x == 7551:
    print(7551)
elif x == 7552:
    print(7552)
elif x == 7553:
    print(7553)
elif x == 7554:
    print(7554)
elif x == 7555:
    print(7555)
elif x == 7556:
    print(7556)
elif x == 7557:
    print(7557)
elif x == 7558:
    print(7558)
elif x == 7559:
    print(7559)
elif x == 7560:
    print(7560)
elif x == 7561:
    print(7561)
elif x == 7562:
    print(7562)
elif x == 7563:
    print(7563)
elif x == 7564:
    print(7564)
elif x == 7565:
    print(7565)
elif x == 7566:
    print(7566)
elif x == 7567:
    print(7567)
elif x == 7568:
    print(7568)
elif x == 7569:
    print(7569)
elif x == 7570:
    print(7570)
elif x == 7571:
    print(7571)
elif x == 7572:
    print(7572)
elif x == 7573:
    print(7573)
elif x == 7574:
    print(7574)
elif x == 7575:
    print(7575)
elif x == 7576:
    print(7576)
elif x == 7577:
    print(7577)
elif x == 7578:
    print(7578)
elif x == 7579:
    print(7579)
elif x == 7580:
    print(7580)
elif x == 7581:
    print(7581)
elif x == 7582:
    print(7582)
elif x == 7583:
    print(7583)
elif x == 7584:
    print(7584)
elif x == 7585:
    print(7585)
elif x == 7586:
    print(7586)
elif x == 7587:
    print(7587)
elif x == 7588:
    print(7588)
elif x == 7589:
    print(7589)
elif x == 7590:
    print(7590)
elif x == 7591:
    print(7591)
elif x == 7592:
    print(7592)
elif x == 7593:
    print(7593)
elif x == 7594:
    print(7594)
elif x == 7595:
    print(7595)
elif x == 7596:
    print(7596)
elif x == 7597:
    print(7597)
elif x == 7598:
    print(7598)
elif x == 7599:
    print(7599)
elif x == 7600:
    print(7600)
elif x == 7601:
    print(7601)
elif x == 7602:
    print(7602)
elif x == 7603:
    print(7603)
elif x == 7604:
    print(7604)
elif x == 7605:
    print(7605)
elif x == 7606:
    print(7606)
elif x == 7607:
    print(7607)
elif x == 7608:
    print(7608)
elif x == 7609:
    print(7609)
elif x == 7610:
    print(7610)
elif x == 7611:
    print(7611)
elif x == 7612:
    print(7612)
elif x == 7613:
    print(7613)
elif x == 7614:
    print(7614)
elif x == 7615:
    print(7615)
elif x == 7616:
    print(7616)
elif x == 7617:
    print(7617)
elif x == 7618:
    print(7618)
elif x == 7619:
    print(7619)
elif x == 7620:
    print(7620)
elif x == 7621:
    print(7621)
elif x == 7622:
    print(7622)
elif x == 7623:
    print(7623)
elif x == 7624:
    print(7624)
elif x == 7625:
    print(7625)
elif x == 7626:
    print(7626)
elif x == 7627:
    print(7627)
elif x == 7628:
    print(7628)
elif x == 7629:
    print(7629)
elif x == 7630:
    print(7630)
elif x == 7631:
    print(7631)
elif x == 7632:
    print(7632)
elif x == 7633:
    print(7633)
elif x == 7634:
    print(7634)
elif x == 7635:
    print(7635)
elif x == 7636:
    print(7636)
elif x == 7637:
    print(7637)
elif x == 7638:
    print(7638)
elif x == 7639:
    print(7639)
elif x == 7640:
    print(7640)
elif x == 7641:
    print(7641)
elif x == 7642:
    print(7642)
elif x == 7643:
    print(7643)
elif x == 7644:
    print(7644)
elif x == 7645:
    print(7645)
elif x == 7646:
    print(7646)
elif x == 7647:
    print(7647)
elif x == 7648:
    print(7648)
elif x == 7649:
    print(7649)
elif x == 7650:
    print(7650)
elif x == 7651:
    print(7651)
elif x == 7652:
    print(7652)
elif x == 7653:
    print(7653)
elif x == 7654:
    print(7654)
elif x == 7655:
    print(7655)
elif x == 7656:
    print(7656)
elif x == 7657:
    print(7657)
elif x == 7658:
    print(7658)
elif x == 7659:
    print(7659)
elif x == 7660:
    print(7660)
elif x == 7661:
    print(7661)
elif x == 7662:
    print(7662)
elif x == 7663:
    print(7663)
elif x == 7664:
    print(7664)
elif x == 7665:
    print(7665)
elif x == 7666:
    print(7666)
elif x == 7667:
    print(7667)
elif x == 7668:
    print(7668)
elif x == 7669:
    print(7669)
elif x == 7670:
    print(7670)
elif x == 7671:
    print(7671)
elif x == 7672:
    print(7672)
elif x == 7673:
    print(7673)
elif x == 7674:
    print(7674)
elif x == 7675:
    print(7675)
elif x == 7676:
    print(7676)
elif x == 7677:
    print(7677)
elif x == 7678:
    print(7678)
elif x == 7679:
    print(7679)
elif x == 7680:
    print(7680)
elif x == 7681:
    print(7681)
elif x == 7682:
    print(7682)
elif x == 7683:
    print(7683)
elif x == 7684:
    print(7684)
elif x == 7685:
    print(7685)
elif x == 7686:
    print(7686)
elif x == 7687:
    print(7687)
elif x == 7688:
    print(7688)
elif x == 7689:
    print(7689)
elif x == 7690:
    print(7690)
elif x == 7691:
    print(7691)
elif x == 7692:
    print(7692)
elif x == 7693:
    print(7693)
elif x == 7694:
    print(7694)
elif x == 7695:
    print(7695)
elif x == 7696:
    print(7696)
elif x == 7697:
    print(7697)
elif x == 7698:
    print(7698)
elif x == 7699:
    print(7699)
elif x == 7700:
    print(7700)
elif x == 7701:
    print(7701)
elif x == 7702:
    print(7702)
elif x == 7703:
    print(7703)
elif x == 7704:
    print(7704)
elif x == 7705:
    print(7705)
elif x == 7706:
    print(7706)
elif x == 7707:
    print(7707)
elif x == 7708:
    print(7708)
elif x == 7709:
    print(7709)
elif x == 7710:
    print(7710)
elif x == 7711:
    print(7711)
elif x == 7712:
    print(7712)
elif x == 7713:
    print(7713)
elif x == 7714:
    print(7714)
elif x == 7715:
    print(7715)
elif x == 7716:
    print(7716)
elif x == 7717:
    print(7717)
elif x == 7718:
    print(7718)
elif x == 7719:
    print(7719)
elif x == 7720:
    print(7720)
elif x == 7721:
    print(7721)
elif x == 7722:
    print(7722)
elif x == 7723:
    print(7723)
elif x == 7724:
    print(7724)
elif x == 7725:
    print(7725)
elif x == 7726:
    print(7726)
elif x == 7727:
    print(7727)
elif x == 7728:
    print(7728)
elif x == 7729:
    print(7729)
elif x == 7730:
    print(7730)
elif x == 7731:
    print(7731)
elif x == 7732:
    print(7732)
elif x == 7733:
    print(7733)
elif x == 7734:
    print(7734)
elif x == 7735:
    print(7735)
elif x == 7736:
    print(7736)
elif x == 7737:
    print(7737)
elif x == 7738:
    print(7738)
elif x == 7739:
    print(7739)
elif x == 7740:
    print(7740)
elif x == 7741:
    print(7741)
elif x == 7742:
    print(7742)
elif x == 7743:
    print(7743)
elif x == 7744:
    print(7744)
elif x == 7745:
    print(7745)
elif x == 7746:
    print(7746)
elif x == 7747:
    print(7747)
elif x == 7748:
    print(7748)
elif x == 7749:
    print(7749)
elif x == 7750:
    print(7750)
elif x == 7751:
    print(7751)
elif x == 7752:
    print(7752)
elif x == 7753:
    print(7753)
elif x == 7754:
    print(7754)
elif x == 7755:
    print(7755)
elif x == 7756:
    print(7756)
elif x == 7757:
    print(7757)
elif x == 7758:
    print(7758)
elif x == 7759:
    print(7759)
elif x == 7760:
    print(7760)
elif x == 7761:
    print(7761)
elif x == 7762:
    print(7762)
elif x == 7763:
    print(7763)
elif x == 7764:
    print(7764)
elif x == 7765:
    print(7765)
elif x == 7766:
    print(7766)
elif x == 7767:
    print(7767)
elif x == 7768:
    print(7768)
elif x == 7769:
    print(7769)
elif x == 7770:
    print(7770)
elif x == 7771:
    print(7771)
elif x == 7772:
    print(7772)
elif x == 7773:
    print(7773)
elif x == 7774:
    print(7774)
elif x == 7775:
    print(7775)
elif x == 7776:
    print(7776)
elif x == 7777:
    print(7777)
elif x == 7778:
    print(7778)
elif x == 7779:
    print(7779)
elif x == 7780:
    print(7780)
elif x == 7781:
    print(7781)
elif x == 7782:
    print(7782)
elif x == 7783:
    print(7783)
elif x == 7784:
    print(7784)
elif x == 7785:
    print(7785)
elif x == 7786:
    print(7786)
elif x == 7787:
    print(7787)
elif x == 7788:
    print(7788)
elif x == 7789:
    print(7789)
elif x == 7790:
    print(7790)
elif x == 7791:
    print(7791)
elif x == 7792:
    print(7792)
elif x == 7793:
    print(7793)
elif x == 7794:
    print(7794)
elif x == 7795:
    print(7795)
elif x == 7796:
    print(7796)
elif x == 7797:
    print(7797)
elif x == 7798:
    print(7798)
elif x == 7799:
    print(7799)
elif x == 7800:
    print(7800)
elif x == 7801:
    print(7801)
elif x == 7802:
    print(7802)
elif x == 7803:
    print(7803)
elif x == 7804:
    print(7804)
elif x == 7805:
    print(7805)
elif x == 7806:
    print(7806)
elif x == 7807:
    print(7807)
elif x == 7808:
    print(7808)
elif x == 7809:
    print(7809)
elif x == 7810:
    print(7810)
elif x == 7811:
    print(7811)
elif x == 7812:
    print(7812)
elif x == 7813:
    print(7813)
elif x == 7814:
    print(7814)
elif x == 7815:
    print(7815)
elif x == 7816:
    print(7816)
elif x == 7817:
    print(7817)
elif x == 7818:
    print(7818)
elif x == 7819:
    print(7819)
elif x == 7820:
    print(7820)
elif x == 7821:
    print(7821)
elif x == 7822:
    print(7822)
elif x == 7823:
    print(7823)
elif x == 7824:
    print(7824)
elif x == 7825:
    print(7825)
elif x == 7826:
    print(7826)
elif x == 7827:
    print(7827)
elif x == 7828:
    print(7828)
elif x == 7829:
    print(7829)
elif x == 7830:
    print(7830)
elif x == 7831:
    print(7831)
elif x == 7832:
    print(7832)
elif x == 7833:
    print(7833)
elif x == 7834:
    print(7834)
elif x == 7835:
    print(7835)
elif x == 7836:
    print(7836)
elif x == 7837:
    print(7837)
elif x == 7838:
    print(7838)
elif x == 7839:
    print(7839)
elif x == 7840:
    print(7840)
elif x == 7841:
    print(7841)
elif x == 7842:
    print(7842)
elif x == 7843:
    print(7843)
elif x == 7844:
    print(7844)
elif x == 7845:
    print(7845)
elif x == 7846:
    print(7846)
elif x == 7847:
    print(7847)
elif x == 7848:
    print(7848)
elif x == 7849:
    print(7849)
elif x == 7850:
    print(7850)
elif x == 7851:
    print(7851)
elif x == 7852:
    print(7852)
elif x == 7853:
    print(7853)
elif x == 7854:
    print(7854)
elif x == 7855:
    print(7855)
elif x == 7856:
    print(7856)
elif x == 7857:
    print(7857)
elif x == 7858:
    print(7858)
elif x == 7859:
    print(7859)
elif x == 7860:
    print(7860)
elif x == 7861:
    print(7861)
elif x == 7862:
    print(7862)
elif x == 7863:
    print(7863)
elif x == 7864:
    print(7864)
elif x == 7865:
    print(7865)
elif x == 7866:
    print(7866)
elif x == 7867:
    print(7867)
elif x == 7868:
    print(7868)
elif x == 7869:
    print(7869)
elif x == 7870:
    print(7870)
elif x == 7871:
    print(7871)
elif x == 7872:
    print(7872)
elif x == 7873:
    print(7873)
elif x == 7874:
    print(7874)
elif x == 7875:
    print(7875)
elif x == 7876:
    print(7876)
elif x == 7877:
    print(7877)
elif x == 7878:
    print(7878)
elif x == 7879:
    print(7879)
elif x == 7880:
    print(7880)
elif x == 7881:
    print(7881)
elif x == 7882:
    print(7882)
elif x == 7883:
    print(7883)
elif x == 7884:
    print(7884)
elif x == 7885:
    print(7885)
elif x == 7886:
    print(7886)
elif x == 7887:
    print(7887)
elif x == 7888:
    print(7888)
elif x == 7889:
    print(7889)
elif x == 7890:
    print(7890)
elif x == 7891:
    print(7891)
elif x == 7892:
    print(7892)
elif x == 7893:
    print(7893)
elif x == 7894:
    print(7894)
elif x == 7895:
    print(7895)
elif x == 7896:
    print(7896)
elif x == 7897:
    print(7897)
elif x == 7898:
    print(7898)
elif x == 7899:
    print(7899)
elif x == 7900:
    print(7900)
elif x == 7901:
    print(7901)
elif x == 7902:
    print(7902)
elif x == 7903:
    print(7903)
elif x == 7904:
    print(7904)
elif x == 7905:
    print(7905)
elif x == 7906:
    print(7906)
elif x == 7907:
    print(7907)
elif x == 7908:
    print(7908)
elif x == 7909:
    print(7909)
elif x == 7910:
    print(7910)
elif x == 7911:
    print(7911)
elif x == 7912:
    print(7912)
elif x == 7913:
    print(7913)
elif x == 7914:
    print(7914)
elif x == 7915:
    print(7915)
elif x == 7916:
    print(7916)
elif x == 7917:
    print(7917)
elif x == 7918:
    print(7918)
elif x == 7919:
    print(7919)
elif x == 7920:
    print(7920)
elif x == 7921:
    print(7921)
elif x == 7922:
    print(7922)
elif x == 7923:
    print(7923)
elif x == 7924:
    print(7924)
elif x == 7925:
    print(7925)
elif x == 7926:
    print(7926)
elif x == 7927:
    print(7927)
elif x == 7928:
    print(7928)
elif x == 7929:
    print(7929)
elif x == 7930:
    print(7930)
elif x == 7931:
    print(7931)
elif x == 7932:
    print(7932)
elif x == 7933:
    print(7933)
elif x == 7934:
    print(7934)
elif x == 7935:
    print(7935)
elif x == 7936:
    print(7936)
elif x == 7937:
    print(7937)
elif x == 7938:
    print(7938)
elif x == 7939:
    print(7939)
elif x == 7940:
    print(7940)
elif x == 7941:
    print(7941)
elif x == 7942:
    print(7942)
elif x == 7943:
    print(7943)
elif x == 7944:
    print(7944)
elif x == 7945:
    print(7945)
elif x == 7946:
    print(7946)
elif x == 7947:
    print(7947)
elif x == 7948:
    print(7948)
elif x == 7949:
    print(7949)
elif x == 7950:
    print(7950)
elif x == 7951:
    print(7951)
elif x == 7952:
    print(7952)
elif x == 7953:
    print(7953)
elif x == 7954:
    print(7954)
elif x == 7955:
    print(7955)
elif x == 7956:
    print(7956)
elif x == 7957:
    print(7957)
elif x == 7958:
    print(7958)
elif x == 7959:
    print(7959)
elif x == 7960:
    print(7960)
elif x == 7961:
    print(7961)
elif x == 7962:
    print(7962)
elif x == 7963:
    print(7963)
elif x == 7964:
    print(7964)
elif x == 7965:
    print(7965)
elif x == 7966:
    print(7966)
elif x == 7967:
    print(7967)
elif x == 7968:
    print(7968)
elif x == 7969:
    print(7969)
elif x == 7970:
    print(7970)
elif x == 7971:
    print(7971)
elif x == 7972:
    print(7972)
elif x == 7973:
    print(7973)
elif x == 7974:
    print(7974)
elif x == 7975:
    print(7975)
elif x == 7976:
    print(7976)
elif x == 7977:
    print(7977)
elif x == 7978:
    print(7978)
elif x == 7979:
    print(7979)
elif x == 7980:
    print(7980)
elif x == 7981:
    print(7981)
elif x == 7982:
    print(7982)
elif x == 7983:
    print(7983)
elif x == 7984:
    print(7984)
elif x == 7985:
    print(7985)
elif x == 7986:
    print(7986)
elif x == 7987:
    print(7987)
elif x == 7988:
    print(7988)
elif x == 7989:
    print(7989)
elif x == 7990:
    print(7990)
elif x == 7991:
    print(7991)
elif x == 7992:
    print(7992)
elif x == 7993:
    print(7993)
elif x == 7994:
    print(7994)
elif x == 7995:
    print(7995)
elif x == 7996:
    print(7996)
elif x == 7997:
    print(7997)
elif x == 7998:
    print(7998)
elif x == 7999:
    print(7999)
elif x == 8000:
    print(8000)
elif x == 8001:
    print(8001)
elif x == 8002:
    print(8002)
elif x == 8003:
    print(8003)
elif x == 8004:
    print(8004)
elif x == 8005:
    print(8005)
elif x == 8006:
    print(8006)
elif x == 8007:
    print(8007)
elif x == 8008:
    print(8008)
elif x == 8009:
    print(8009)
elif x == 8010:
    print(8010)
elif x == 8011:
    print(8011)
elif x == 8012:
    print(8012)
elif x == 8013:
    print(8013)
elif x == 8014:
    print(8014)
elif x == 8015:
    print(8015)
elif x == 8016:
    print(8016)
elif x == 8017:
    print(8017)
elif x == 8018:
    print(8018)
elif x == 8019:
    print(8019)
elif x == 8020:
    print(8020)
elif x == 8021:
    print(8021)
elif x == 8022:
    print(8022)
elif x == 8023:
    print(8023)
elif x == 8024:
    print(8024)
elif x == 8025:
    print(8025)
elif x == 8026:
    print(8026)
elif x == 8027:
    print(8027)
elif x == 8028:
    print(8028)
elif x == 8029:
    print(8029)
elif x == 8030:
    print(8030)
elif x == 8031:
    print(8031)
elif x == 8032:
    print(8032)
elif x == 8033:
    print(8033)
elif x == 8034:
    print(8034)
elif x == 8035:
    print(8035)
elif x == 8036:
    print(8036)
elif x == 8037:
    print(8037)
elif x == 8038:
    print(8038)
elif x == 8039:
    print(8039)
elif x == 8040:
    print(8040)
elif x == 8041:
    print(8041)
elif x == 8042:
    print(8042)
elif x == 8043:
    print(8043)
elif x == 8044:
    print(8044)
elif x == 8045:
    print(8045)
elif x == 8046:
    print(8046)
elif x == 8047:
    print(8047)
elif x == 8048:
    print(8048)
elif x == 8049:
    print(8049)
elif x == 8050:
    print(8050)
elif x == 8051:
    print(8051)
elif x == 8052:
    print(8052)
elif x == 8053:
    print(8053)
elif x == 8054:
    print(8054)
elif x == 8055:
    print(8055)
elif x == 8056:
    print(8056)
elif x == 8057:
    print(8057)
elif x == 8058:
    print(8058)
elif x == 8059:
    print(8059)
elif x == 8060:
    print(8060)
elif x == 8061:
    print(8061)
elif x == 8062:
    print(8062)
elif x == 8063:
    print(8063)
elif x == 8064:
    print(8064)
elif x == 8065:
    print(8065)
elif x == 8066:
    print(8066)
elif x == 8067:
    print(8067)
elif x == 8068:
    print(8068)
elif x == 8069:
    print(8069)
elif x == 8070:
    print(8070)
elif x == 8071:
    print(8071)
elif x == 8072:
    print(8072)
elif x == 8073:
    print(8073)
elif x == 8074:
    print(8074)
elif x == 8075:
    print(8075)
elif x == 8076:
    print(8076)
elif x == 8077:
    print(8077)
elif x == 8078:
    print(8078)
elif x == 8079:
    print(8079)
elif x == 8080:
    print(8080)
elif x == 8081:
    print(8081)
elif x == 8082:
    print(8082)
elif x == 8083:
    print(8083)
elif x == 8084:
    print(8084)
elif x == 8085:
    print(8085)
elif x == 8086:
    print(8086)
elif x == 8087:
    print(8087)
elif x == 8088:
    print(8088)
elif x == 8089:
    print(8089)
elif x == 8090:
    print(8090)
elif x == 8091:
    print(8091)
elif x == 8092:
    print(8092)
elif x == 8093:
    print(8093)
elif x == 8094:
    print(8094)
elif x == 8095:
    print(8095)
elif x == 8096:
    print(8096)
elif x == 8097:
    print(8097)
elif x == 8098:
    print(8098)
elif x == 8099:
    print(8099)
elif x == 8100:
    print(8100)
elif x == 8101:
    print(8101)
elif x == 8102:
    print(8102)
elif x == 8103:
    print(8103)
elif x == 8104:
    print(8104)
elif x == 8105:
    print(8105)
elif x == 8106:
    print(8106)
elif x == 8107:
    print(8107)
elif x == 8108:
    print(8108)
elif x == 8109:
    print(8109)
elif x == 8110:
    print(8110)
elif x == 8111:
    print(8111)
elif x == 8112:
    print(8112)
elif x == 8113:
    print(8113)
elif x == 8114:
    print(8114)
elif x == 8115:
    print(8115)
elif x == 8116:
    print(8116)
elif x == 8117:
    print(8117)
elif x == 8118:
    print(8118)
elif x == 8119:
    print(8119)
elif x == 8120:
    print(8120)
elif x == 8121:
    print(8121)
elif x == 8122:
    print(8122)
elif x == 8123:
    print(8123)
elif x == 8124:
    print(8124)
elif x == 8125:
    print(8125)
elif x == 8126:
    print(8126)
elif x == 8127:
    print(8127)
elif x == 8128:
    print(8128)
elif x == 8129:
    print(8129)
elif x == 8130:
    print(8130)
elif x == 8131:
    print(8131)
elif x == 8132:
    print(8132)
elif x == 8133:
    print(8133)
elif x == 8134:
    print(8134)
elif x == 8135:
    print(8135)
elif x == 8136:
    print(8136)
elif x == 8137:
    print(8137)
elif x == 8138:
    print(8138)
elif x == 8139:
    print(8139)
elif x == 8140:
    print(8140)
elif x == 8141:
    print(8141)
elif x == 8142:
    print(8142)
elif x == 8143:
    print(8143)
elif x == 8144:
    print(8144)
elif x == 8145:
    print(8145)
elif x == 8146:
    print(8146)
elif x == 8147:
    print(8147)
elif x == 8148:
    print(8148)
elif x == 8149:
    print(8149)
elif x == 8150:
    print(8150)
elif x == 8151:
    print(8151)
elif x == 8152:
    print(8152)
elif x == 8153:
    print(8153)
elif x == 8154:
    print(8154)
elif x == 8155:
    print(8155)
elif x == 8156:
    print(8156)
elif x == 8157:
    print(8157)
elif x == 8158:
    print(8158)
elif x == 8159:
    print(8159)
elif x == 8160:
    print(8160)
elif x == 8161:
    print(8161)
elif x == 8162:
    print(8162)
elif x == 8163:
    print(8163)
elif x == 8164:
    print(8164)
elif x == 8165:
    print(8165)
elif x == 8166:
    print(8166)
elif x == 8167:
    print(8167)
elif x == 8168:
    print(8168)
elif x == 8169:
    print(8169)
elif x == 8170:
    print(8170)
elif x == 8171:
    print(8171)
elif x == 8172:
    print(8172)
elif x == 8173:
    print(8173)
elif x == 8174:
    print(8174)
elif x == 8175:
    print(8175)
elif x == 8176:
    print(8176)
elif x == 8177:
    print(8177)
elif x == 8178:
    print(8178)
elif x == 8179:
    print(8179)
elif x == 8180:
    print(8180)
elif x == 8181:
    print(8181)
elif x == 8182:
    print(8182)
elif x == 8183:
    print(8183)
elif x == 8184:
    print(8184)
elif x == 8185:
    print(8185)
elif x == 8186:
    print(8186)
elif x == 8187:
    print(8187)
elif x == 8188:
    print(8188)
elif x == 8189:
    print(8189)
elif x == 8190:
    print(8190)
elif x == 8191:
    print(8191)
elif x == 8192:
    print(8192)
elif x == 8193:
    print(8193)
elif x == 8194:
    print(8194)
elif x == 8195:
    print(8195)
elif x == 8196:
    print(8196)
elif x == 8197:
    print(8197)
elif x == 8198:
    print(8198)
elif x == 8199:
    print(8199)
elif x == 8200:
    print(8200)
elif x == 8201:
    print(8201)
elif x == 8202:
    print(8202)
elif x == 8203:
    print(8203)
elif x == 8204:
    print(8204)
elif x == 8205:
    print(8205)
elif x == 8206:
    print(8206)
elif x == 8207:
    print(8207)
elif x == 8208:
    print(8208)
elif x == 8209:
    print(8209)
elif x == 8210:
    print(8210)
elif x == 8211:
    print(8211)
elif x == 8212:
    print(8212)
elif x == 8213:
    print(8213)
elif x == 8214:
    print(8214)
elif x == 8215:
    print(8215)
elif x == 8216:
    print(8216)
elif x == 8217:
    print(8217)
elif x == 8218:
    print(8218)
elif x == 8219:
    print(8219)
elif x == 8220:
    print(8220)
elif x == 8221:
    print(8221)
elif x == 8222:
    print(8222)
elif x == 8223:
    print(8223)
elif x == 8224:
    print(8224)
elif x == 8225:
    print(8225)
elif x == 8226:
    print(8226)
elif x == 8227:
    print(8227)
elif x == 8228:
    print(8228)
elif x == 8229:
    print(8229)
elif x == 8230:
    print(8230)
elif x == 8231:
    print(8231)
elif x == 8232:
    print(8232)
elif x == 8233:
    print(8233)
elif x == 8234:
    print(8234)
elif x == 8235:
    print(8235)
elif x == 8236:
    print(8236)
elif x == 8237:
    print(8237)
elif x == 8238:
    print(8238)
elif x == 8239:
    print(8239)
elif x == 8240:
    print(8240)
elif x == 8241:
    print(8241)
elif x == 8242:
    print(8242)
elif x == 8243:
    print(8243)
elif x == 8244:
    print(8244)
elif x == 8245:
    print(8245)
elif x == 8246:
    print(8246)
elif x == 8247:
    print(8247)
elif x == 8248:
    print(8248)
elif x == 8249:
    print(8249)
elif x == 8250:
    print(8250)
elif x == 8251:
    print(8251)
elif x == 8252:
    print(8252)
elif x == 8253:
    print(8253)
elif x == 8254:
    print(8254)
elif x == 8255:
    print(8255)
elif x == 8256:
    print(8256)
elif x == 8257:
    print(8257)
elif x == 8258:
    print(8258)
elif x == 8259:
    print(8259)
elif x == 8260:
    print(8260)
elif x == 8261:
    print(8261)
elif x == 8262:
    print(8262)
elif x == 8263:
    print(8263)
elif x == 8264:
    print(8264)
elif x == 8265:
    print(8265)
elif x == 8266:
    print(8266)
elif x == 8267:
    print(8267)
elif x == 8268:
    print(8268)
elif x == 8269:
    print(8269)
elif x == 8270:
    print(8270)
elif x == 8271:
    print(8271)
elif x == 8272:
    print(8272)
elif x == 8273:
    print(8273)
elif x == 8274:
    print(8274)
elif x == 8275:
    print(8275)
elif x == 8276:
    print(8276)
elif x == 8277:
    print(8277)
elif x == 8278:
    print(8278)
elif x == 8279:
    print(8279)
elif x == 8280:
    print(8280)
elif x == 8281:
    print(8281)
elif x == 8282:
    print(8282)
elif x == 8283:
    print(8283)
elif x == 8284:
    print(8284)
elif x == 8285:
    print(8285)
elif x == 8286:
    print(8286)
elif x == 8287:
    print(8287)
elif x == 8288:
    print(8288)
elif x == 8289:
    print(8289)
elif x == 8290:
    print(8290)
elif x == 8291:
    print(8291)
elif x == 8292:
    print(8292)
elif x == 8293:
    print(8293)
elif x == 8294:
    print(8294)
elif x == 8295:
    print(8295)
elif x == 8296:
    print(8296)
elif x == 8297:
    print(8297)
elif x == 8298:
    print(8298)
elif x == 8299:
    print(8299)
elif x == 8300:
    print(8300)
elif x == 8301:
    print(8301)
elif x == 8302:
    print(8302)
elif x == 8303:
    print(8303)
elif x == 8304:
    print(8304)
elif x == 8305:
    print(8305)
elif x == 8306:
    print(8306)
elif x == 8307:
    print(8307)
elif x == 8308:
    print(8308)
elif x == 8309:
    print(8309)
elif x == 8310:
    print(8310)
elif x == 8311:
    print(8311)
elif x == 8312:
    print(8312)
elif x == 8313:
    print(8313)
elif x == 8314:
    print(8314)
elif x == 8315:
    print(8315)
elif x == 8316:
    print(8316)
elif x == 8317:
    print(8317)
elif x == 8318:
    print(8318)
elif x == 8319:
    print(8319)
elif x == 8320:
    print(8320)
elif x == 8321:
    print(8321)
elif x == 8322:
    print(8322)
elif x == 8323:
    print(8323)
elif x == 8324:
    print(8324)
elif x == 8325:
    print(8325)
elif x == 8326:
    print(8326)
elif x == 8327:
    print(8327)
elif x == 8328:
    print(8328)
elif x == 8329:
    print(8329)
elif x == 8330:
    print(8330)
elif x == 8331:
    print(8331)
elif x == 8332:
    print(8332)
elif x == 8333:
    print(8333)
elif x == 8334:
    print(8334)
elif x == 8335:
    print(8335)
elif x == 8336:
    print(8336)
elif x == 8337:
    print(8337)
elif x == 8338:
    print(8338)
elif x == 8339:
    print(8339)
elif x == 8340:
    print(8340)
elif x == 8341:
    print(8341)
elif x == 8342:
    print(8342)
elif x == 8343:
    print(8343)
elif x == 8344:
    print(8344)
elif x == 8345:
    print(8345)
elif x == 8346:
    print(8346)
elif x == 8347:
    print(8347)
elif x == 8348:
    print(8348)
elif x == 8349:
    print(8349)
elif x == 8350:
    print(8350)
elif x == 8351:
    print(8351)
elif x == 8352:
    print(8352)
elif x == 8353:
    print(8353)
elif x == 8354:
    print(8354)
elif x == 8355:
    print(8355)
elif x == 8356:
    print(8356)
elif x == 8357:
    print(8357)
elif x == 8358:
    print(8358)
elif x == 8359:
    print(8359)
elif x == 8360:
    print(8360)
elif x == 8361:
    print(8361)
elif x == 8362:
    print(8362)
elif x == 8363:
    print(8363)
elif x == 8364:
    print(8364)
elif x == 8365:
    print(8365)
elif x == 8366:
    print(8366)
elif x == 8367:
    print(8367)
elif x == 8368:
    print(8368)
elif x == 8369:
    print(8369)
elif x == 8370:
    print(8370)
elif x == 8371:
    print(8371)
elif x == 8372:
    print(8372)
elif x == 8373:
    print(8373)
elif x == 8374:
    print(8374)
elif x == 8375:
    print(8375)
elif x == 8376:
    print(8376)
elif x == 8377:
    print(8377)
elif x == 8378:
    print(8378)
elif x == 8379:
    print(8379)
elif x == 8380:
    print(8380)
elif x == 8381:
    print(8381)
elif x == 8382:
    print(8382)
elif x == 8383:
    print(8383)
elif x == 8384:
    print(8384)
elif x == 8385:
    print(8385)
elif x == 8386:
    print(8386)
elif x == 8387:
    print(8387)
elif x == 8388:
    print(8388)
elif x == 8389:
    print(8389)
elif x == 8390:
    print(8390)
elif x == 8391:
    print(8391)
elif x == 8392:
    print(8392)
elif x == 8393:
    print(8393)
elif x == 8394:
    print(8394)
elif x == 8395:
    print(8395)
elif x == 8396:
    print(8396)
elif x == 8397:
    print(8397)
elif x == 8398:
    print(8398)
elif x == 8399:
    print(8399)
elif x == 8400:
    print(8400)
elif x == 8401:
    print(8401)
elif x == 8402:
    print(8402)
elif x == 8403:
    print(8403)
elif x == 8404:
    print(8404)
elif x == 8405:
    print(8405)
elif x == 8406:
    print(8406)
elif x == 8407:
    print(8407)
elif x == 8408:
    print(8408)
elif x == 8409:
    print(8409)
elif x == 8410:
    print(8410)
elif x == 8411:
    print(8411)
elif x == 8412:
    print(8412)
elif x == 8413:
    print(8413)
elif x == 8414:
    print(8414)
elif x == 8415:
    print(8415)
elif x == 8416:
    print(8416)
elif x == 8417:
    print(8417)
elif x == 8418:
    print(8418)
elif x == 8419:
    print(8419)
elif x == 8420:
    print(8420)
elif x == 8421:
    print(8421)
elif x == 8422:
    print(8422)
elif x == 8423:
    print(8423)
elif x == 8424:
    print(8424)
elif x == 8425:
    print(8425)
elif x == 8426:
    print(8426)
elif x == 8427:
    print(8427)
elif x == 8428:
    print(8428)
elif x == 8429:
    print(8429)
elif x == 8430:
    print(8430)
elif x == 8431:
    print(8431)
elif x == 8432:
    print(8432)
elif x == 8433:
    print(8433)
elif x == 8434:
    print(8434)
elif x == 8435:
    print(8435)
elif x == 8436:
    print(8436)
elif x == 8437:
    print(8437)
elif x == 8438:
    print(8438)
elif x == 8439:
    print(8439)
elif x == 8440:
    print(8440)
elif x == 8441:
    print(8441)
elif x == 8442:
    print(8442)
elif x == 8443:
    print(8443)
elif x == 8444:
    print(8444)
elif x == 8445:
    print(8445)
elif x == 8446:
    print(8446)
elif x == 8447:
    print(8447)
elif x == 8448:
    print(8448)
elif x == 8449:
    print(8449)
elif x == 8450:
    print(8450)
elif x == 8451:
    print(8451)
elif x == 8452:
    print(8452)
elif x == 8453:
    print(8453)
elif x == 8454:
    print(8454)
elif x == 8455:
    print(8455)
elif x == 8456:
    print(8456)
elif x == 8457:
    print(8457)
elif x == 8458:
    print(8458)
elif x == 8459:
    print(8459)
elif x == 8460:
    print(8460)
elif x == 8461:
    print(8461)
elif x == 8462:
    print(8462)
elif x == 8463:
    print(8463)
elif x == 8464:
    print(8464)
elif x == 8465:
    print(8465)
elif x == 8466:
    print(8466)
elif x == 8467:
    print(8467)
elif x == 8468:
    print(8468)
elif x == 8469:
    print(8469)
elif x == 8470:
    print(8470)
elif x == 8471:
    print(8471)
elif x == 8472:
    print(8472)
elif x == 8473:
    print(8473)
elif x == 8474:
    print(8474)
elif x == 8475:
    print(8475)
elif x == 8476:
    print(8476)
elif x == 8477:
    print(8477)
elif x == 8478:
    print(8478)
elif x == 8479:
    print(8479)
elif x == 8480:
    print(8480)
elif x == 8481:
    print(8481)
elif x == 8482:
    print(8482)
elif x == 8483:
    print(8483)
elif x == 8484:
    print(8484)
elif x == 8485:
    print(8485)
elif x == 8486:
    print(8486)
elif x == 8487:
    print(8487)
elif x == 8488:
    print(8488)
elif x == 8489:
    print(8489)
elif x == 8490:
    print(8490)
elif x == 8491:
    print(8491)
elif x == 8492:
    print(8492)
elif x == 8493:
    print(8493)
elif x == 8494:
    print(8494)
elif x == 8495:
    print(8495)
elif x == 8496:
    print(8496)
elif x == 8497:
    print(8497)
elif x == 8498:
    print(8498)
elif x == 8499:
    print(8499)
elif x == 8500:
    print(8500)
elif x == 8501:
    print(8501)
elif x == 8502:
    print(8502)
elif x == 8503:
    print(8503)
elif x == 8504:
    print(8504)
elif x == 8505:
    print(8505)
elif x == 8506:
    print(8506)
elif x == 8507:
    print(8507)
elif x == 8508:
    print(8508)
elif x == 8509:
    print(8509)
elif x == 8510:
    print(8510)
elif x == 8511:
    print(8511)
elif x == 8512:
    print(8512)
elif x == 8513:
    print(8513)
elif x == 8514:
    print(8514)
elif x == 8515:
    print(8515)
elif x == 8516:
    print(8516)
elif x == 8517:
    print(8517)
elif x == 8518:
    print(8518)
elif x == 8519:
    print(8519)
elif x == 8520:
    print(8520)
elif x == 8521:
    print(8521)
elif x == 8522:
    print(8522)
elif x == 8523:
    print(8523)
elif x == 8524:
    print(8524)
elif x == 8525:
    print(8525)
elif x == 8526:
    print(8526)
elif x == 8527:
    print(8527)
elif x == 8528:
    print(8528)
elif x == 8529:
    print(8529)
elif x == 8530:
    print(8530)
elif x == 8531:
    print(8531)
elif x == 8532:
    print(8532)
elif x == 8533:
    print(8533)
elif x == 8534:
    print(8534)
elif x == 8535:
    print(8535)
elif x == 8536:
    print(8536)
elif x == 8537:
    print(8537)
elif x == 8538:
    print(8538)
elif x == 8539:
    print(8539)
elif x == 8540:
    print(8540)
elif x == 8541:
    print(8541)
elif x == 8542:
    print(8542)
elif x == 8543:
    print(8543)
elif x == 8544:
    print(8544)
elif x == 8545:
    print(8545)
elif x == 8546:
    print(8546)
elif x == 8547:
    print(8547)
elif x == 8548:
    print(8548)
elif x == 8549:
    print(8549)
elif x == 8550:
    print(8550)
elif x == 8551:
    print(8551)
elif x == 8552:
    print(8552)
elif x == 8553:
    print(8553)
elif x == 8554:
    print(8554)
elif x == 8555:
    print(8555)
elif x == 8556:
    print(8556)
elif x == 8557:
    print(8557)
elif x == 8558:
    print(8558)
elif x == 8559:
    print(8559)
elif x == 8560:
    print(8560)
elif x == 8561:
    print(8561)
elif x == 8562:
    print(8562)
elif x == 8563:
    print(8563)
elif x == 8564:
    print(8564)
elif x == 8565:
    print(8565)
elif x == 8566:
    print(8566)
elif x == 8567:
    print(8567)
elif x == 8568:
    print(8568)
elif x == 8569:
    print(8569)
elif x == 8570:
    print(8570)
elif x == 8571:
    print(8571)
elif x == 8572:
    print(8572)
elif x == 8573:
    print(8573)
elif x == 8574:
    print(8574)
elif x == 8575:
    print(8575)
elif x == 8576:
    print(8576)
elif x == 8577:
    print(8577)
elif x == 8578:
    print(8578)
elif x == 8579:
    print(8579)
elif x == 8580:
    print(8580)
elif x == 8581:
    print(8581)
elif x == 8582:
    print(8582)
elif x == 8583:
    print(8583)
elif x == 8584:
    print(8584)
elif x == 8585:
    print(8585)
elif x == 8586:
    print(8586)
elif x == 8587:
    print(8587)
elif x == 8588:
    print(8588)
elif x == 8589:
    print(8589)
elif x == 8590:
    print(8590)
elif x == 8591:
    print(8591)
elif x == 8592:
    print(8592)
elif x == 8593:
    print(8593)
elif x == 8594:
    print(8594)
elif x == 8595:
    print(8595)
elif x == 8596:
    print(8596)
elif x == 8597:
    print(8597)
elif x == 8598:
    print(8598)
elif x == 8599:
    print(8599)
elif x == 8600:
    print(8600)
elif x == 8601:
    print(8601)
elif x == 8602:
    print(8602)
elif x == 8603:
    print(8603)
elif x == 8604:
    print(8604)
elif x == 8605:
    print(8605)
elif x == 8606:
    print(8606)
elif x == 8607:
    print(8607)
elif x == 8608:
    print(8608)
elif x == 8609:
    print(8609)
elif x == 8610:
    print(8610)
elif x == 8611:
    print(8611)
elif x == 8612:
    print(8612)
elif x == 8613:
    print(8613)
elif x == 8614:
    print(8614)
elif x == 8615:
    print(8615)
elif x == 8616:
    print(8616)
elif x == 8617:
    print(8617)
elif x == 8618:
    print(8618)
elif x == 8619:
    print(8619)
elif x == 8620:
    print(8620)
elif x == 8621:
    print(8621)
elif x == 8622:
    print(8622)
elif x == 8623:
    print(8623)
elif x == 8624:
    print(8624)
elif x == 8625:
    print(8625)
elif x == 8626:
    print(8626)
elif x == 8627:
    print(8627)
elif x == 8628:
    print(8628)
elif x == 8629:
    print(8629)
elif x == 8630:
    print(8630)
elif x == 8631:
    print(8631)
elif x == 8632:
    print(8632)
elif x == 8633:
    print(8633)
elif x == 8634:
    print(8634)
elif x == 8635:
    print(8635)
elif x == 8636:
    print(8636)
elif x == 8637:
    print(8637)
elif x == 8638:
    print(8638)
elif x == 8639:
    print(8639)
elif x == 8640:
    print(8640)
elif x == 8641:
    print(8641)
elif x == 8642:
    print(8642)
elif x == 8643:
    print(8643)
elif x == 8644:
    print(8644)
elif x == 8645:
    print(8645)
elif x == 8646:
    print(8646)
elif x == 8647:
    print(8647)
elif x == 8648:
    print(8648)
elif x == 8649:
    print(8649)
elif x == 8650:
    print(8650)
elif x == 8651:
    print(8651)
elif x == 8652:
    print(8652)
elif x == 8653:
    print(8653)
elif x == 8654:
    print(8654)
elif x == 8655:
    print(8655)
elif x == 8656:
    print(8656)
elif x == 8657:
    print(8657)
elif x == 8658:
    print(8658)
elif x == 8659:
    print(8659)
elif x == 8660:
    print(8660)
elif x == 8661:
    print(8661)
elif x == 8662:
    print(8662)
elif x == 8663:
    print(8663)
elif x == 8664:
    print(8664)
elif x == 8665:
    print(8665)
elif x == 8666:
    print(8666)
elif x == 8667:
    print(8667)
elif x == 8668:
    print(8668)
elif x == 8669:
    print(8669)
elif x == 8670:
    print(8670)
elif x == 8671:
    print(8671)
elif x == 8672:
    print(8672)
elif x == 8673:
    print(8673)
elif x == 8674:
    print(8674)
elif x == 8675:
    print(8675)
elif x == 8676:
    print(8676)
elif x == 8677:
    print(8677)
elif x == 8678:
    print(8678)
elif x == 8679:
    print(8679)
elif x == 8680:
    print(8680)
elif x == 8681:
    print(8681)
elif x == 8682:
    print(8682)
elif x == 8683:
    print(8683)
elif x == 8684:
    print(8684)
elif x == 8685:
    print(8685)
elif x == 8686:
    print(8686)
elif x == 8687:
    print(8687)
elif x == 8688:
    print(8688)
elif x == 8689:
    print(8689)
elif x == 8690:
    print(8690)
elif x == 8691:
    print(8691)
elif x == 8692:
    print(8692)
elif x == 8693:
    print(8693)
elif x == 8694:
    print(8694)
elif x == 8695:
    print(8695)
elif x == 8696:
    print(8696)
elif x == 8697:
    print(8697)
elif x == 8698:
    print(8698)
elif x == 8699:
    print(8699)
elif x == 8700:
    print(8700)
elif x == 8701:
    print(8701)
elif x == 8702:
    print(8702)
elif x == 8703:
    print(8703)
elif x == 8704:
    print(8704)
elif x == 8705:
    print(8705)
elif x == 8706:
    print(8706)
elif x == 8707:
    print(8707)
elif x == 8708:
    print(8708)
elif x == 8709:
    print(8709)
elif x == 8710:
    print(8710)
elif x == 8711:
    print(8711)
elif x == 8712:
    print(8712)
elif x == 8713:
    print(8713)
elif x == 8714:
    print(8714)
elif x == 8715:
    print(8715)
elif x == 8716:
    print(8716)
elif x == 8717:
    print(8717)
elif x == 8718:
    print(8718)
elif x == 8719:
    print(8719)
elif x == 8720:
    print(8720)
elif x == 8721:
    print(8721)
elif x == 8722:
    print(8722)
elif x == 8723:
    print(8723)
elif x == 8724:
    print(8724)
elif x == 8725:
    print(8725)
elif x == 8726:
    print(8726)
elif x == 8727:
    print(8727)
elif x == 8728:
    print(8728)
elif x == 8729:
    print(8729)
elif x == 8730:
    print(8730)
elif x == 8731:
    print(8731)
elif x == 8732:
    print(8732)
elif x == 8733:
    print(8733)
elif x == 8734:
    print(8734)
elif x == 8735:
    print(8735)
elif x == 8736:
    print(8736)
elif x == 8737:
    print(8737)
elif x == 8738:
    print(8738)
elif x == 8739:
    print(8739)
elif x == 8740:
    print(8740)
elif x == 8741:
    print(8741)
elif x == 8742:
    print(8742)
elif x == 8743:
    print(8743)
elif x == 8744:
    print(8744)
elif x == 8745:
    print(8745)
elif x == 8746:
    print(8746)
elif x == 8747:
    print(8747)
elif x == 8748:
    print(8748)
elif x == 8749:
    print(8749)
elif x == 8750:
    print(8750)
elif x == 8751:
    print(8751)
elif x == 8752:
    print(8752)
elif x == 8753:
    print(8753)
elif x == 8754:
    print(8754)
elif x == 8755:
    print(8755)
elif x == 8756:
    print(8756)
elif x == 8757:
    print(8757)
elif x == 8758:
    print(8758)
elif x == 8759:
    print(8759)
elif x == 8760:
    print(8760)
elif x == 8761:
    print(8761)
elif x == 8762:
    print(8762)
elif x == 8763:
    print(8763)
elif x == 8764:
    print(8764)
elif x == 8765:
    print(8765)
elif x == 8766:
    print(8766)
elif x == 8767:
    print(8767)
elif x == 8768:
    print(8768)
elif x == 8769:
    print(8769)
elif x == 8770:
    print(8770)
elif x == 8771:
    print(8771)
elif x == 8772:
    print(8772)
elif x == 8773:
    print(8773)
elif x == 8774:
    print(8774)
elif x == 8775:
    print(8775)
elif x == 8776:
    print(8776)
elif x == 8777:
    print(8777)
elif x == 8778:
    print(8778)
elif x == 8779:
    print(8779)
elif x == 8780:
    print(8780)
elif x == 8781:
    print(8781)
elif x == 8782:
    print(8782)
elif x == 8783:
    print(8783)
elif x == 8784:
    print(8784)
elif x == 8785:
    print(8785)
elif x == 8786:
    print(8786)
elif x == 8787:
    print(8787)
elif x == 8788:
    print(8788)
elif x == 8789:
    print(8789)
elif x == 8790:
    print(8790)
elif x == 8791:
    print(8791)
elif x == 8792:
    print(8792)
elif x == 8793:
    print(8793)
elif x == 8794:
    print(8794)
elif x == 8795:
    print(8795)
elif x == 8796:
    print(8796)
elif x == 8797:
    print(8797)
elif x == 8798:
    print(8798)
elif x == 8799:
    print(8799)
elif x == 8800:
    print(8800)
elif x == 8801:
    print(8801)
elif x == 8802:
    print(8802)
elif x == 8803:
    print(8803)
elif x == 8804:
    print(8804)
elif x == 8805:
    print(8805)
elif x == 8806:
    print(8806)
elif x == 8807:
    print(8807)
elif x == 8808:
    print(8808)
elif x == 8809:
    print(8809)
elif x == 8810:
    print(8810)
elif x == 8811:
    print(8811)
elif x == 8812:
    print(8812)
elif x == 8813:
    print(8813)
elif x == 8814:
    print(8814)
elif x == 8815:
    print(8815)
elif x == 8816:
    print(8816)
elif x == 8817:
    print(8817)
elif x == 8818:
    print(8818)
elif x == 8819:
    print(8819)
elif x == 8820:
    print(8820)
elif x == 8821:
    print(8821)
elif x == 8822:
    print(8822)
elif x == 8823:
    print(8823)
elif x == 8824:
    print(8824)
elif x == 8825:
    print(8825)
elif x == 8826:
    print(8826)
elif x == 8827:
    print(8827)
elif x == 8828:
    print(8828)
elif x == 8829:
    print(8829)
elif x == 8830:
    print(8830)
elif x == 8831:
    print(8831)
elif x == 8832:
    print(8832)
elif x == 8833:
    print(8833)
elif x == 8834:
    print(8834)
elif x == 8835:
    print(8835)
elif x == 8836:
    print(8836)
elif x == 8837:
    print(8837)
elif x == 8838:
    print(8838)
elif x == 8839:
    print(8839)
elif x == 8840:
    print(8840)
elif x == 8841:
    print(8841)
elif x == 8842:
    print(8842)
elif x == 8843:
    print(8843)
elif x == 8844:
    print(8844)
elif x == 8845:
    print(8845)
elif x == 8846:
    print(8846)
elif x == 8847:
    print(8847)
elif x == 8848:
    print(8848)
elif x == 8849:
    print(8849)
elif x == 8850:
    print(8850)
elif x == 8851:
    print(8851)
elif x == 8852:
    print(8852)
elif x == 8853:
    print(8853)
elif x == 8854:
    print(8854)
elif x == 8855:
    print(8855)
elif x == 8856:
    print(8856)
elif x == 8857:
    print(8857)
elif x == 8858:
    print(8858)
elif x == 8859:
    print(8859)
elif x == 8860:
    print(8860)
elif x == 8861:
    print(8861)
elif x == 8862:
    print(8862)
elif x == 8863:
    print(8863)
elif x == 8864:
    print(8864)
elif x == 8865:
    print(8865)
elif x == 8866:
    print(8866)
elif x == 8867:
    print(8867)
elif x == 8868:
    print(8868)
elif x == 8869:
    print(8869)
elif x == 8870:
    print(8870)
elif x == 8871:
    print(8871)
elif x == 8872:
    print(8872)
elif x == 8873:
    print(8873)
elif x == 8874:
    print(8874)
elif x == 8875:
    print(8875)
elif x == 8876:
    print(8876)
elif x == 8877:
    print(8877)
elif x == 8878:
    print(8878)
elif x == 8879:
    print(8879)
elif x == 8880:
    print(8880)
elif x == 8881:
    print(8881)
elif x == 8882:
    print(8882)
elif x == 8883:
    print(8883)
elif x == 8884:
    print(8884)
elif x == 8885:
    print(8885)
elif x == 8886:
    print(8886)
elif x == 8887:
    print(8887)
elif x == 8888:
    print(8888)
elif x == 8889:
    print(8889)
elif x == 8890:
    print(8890)
elif x == 8891:
    print(8891)
elif x == 8892:
    print(8892)
elif x == 8893:
    print(8893)
elif x == 8894:
    print(8894)
elif x == 8895:
    print(8895)
elif x == 8896:
    print(8896)
elif x == 8897:
    print(8897)
elif x == 8898:
    print(8898)
elif x == 8899:
    print(8899)
elif x == 8900:
    print(8900)
elif x == 8901:
    print(8901)
elif x == 8902:
    print(8902)
elif x == 8903:
    print(8903)
elif x == 8904:
    print(8904)
elif x == 8905:
    print(8905)
elif x == 8906:
    print(8906)
elif x == 8907:
    print(8907)
elif x == 8908:
    print(8908)
elif x == 8909:
    print(8909)
elif x == 8910:
    print(8910)
elif x == 8911:
    print(8911)
elif x == 8912:
    print(8912)
elif x == 8913:
    print(8913)
elif x == 8914:
    print(8914)
elif x == 8915:
    print(8915)
elif x == 8916:
    print(8916)
elif x == 8917:
    print(8917)
elif x == 8918:
    print(8918)
elif x == 8919:
    print(8919)
elif x == 8920:
    print(8920)
elif x == 8921:
    print(8921)
elif x == 8922:
    print(8922)
elif x == 8923:
    print(8923)
elif x == 8924:
    print(8924)
elif x == 8925:
    print(8925)
elif x == 8926:
    print(8926)
elif x == 8927:
    print(8927)
elif x == 8928:
    print(8928)
elif x == 8929:
    print(8929)
elif x == 8930:
    print(8930)
elif x == 8931:
    print(8931)
elif x == 8932:
    print(8932)
elif x == 8933:
    print(8933)
elif x == 8934:
    print(8934)
elif x == 8935:
    print(8935)
elif x == 8936:
    print(8936)
elif x == 8937:
    print(8937)
elif x == 8938:
    print(8938)
elif x == 8939:
    print(8939)
elif x == 8940:
    print(8940)
elif x == 8941:
    print(8941)
elif x == 8942:
    print(8942)
elif x == 8943:
    print(8943)
elif x == 8944:
    print(8944)
elif x == 8945:
    print(8945)
elif x == 8946:
    print(8946)
elif x == 8947:
    print(8947)
elif x == 8948:
    print(8948)
elif x == 8949:
    print(8949)
elif x == 8950:
    print(8950)
elif x == 8951:
    print(8951)
elif x == 8952:
    print(8952)
elif x == 8953:
    print(8953)
elif x == 8954:
    print(8954)
elif x == 8955:
    print(8955)
elif x == 8956:
    print(8956)
elif x == 8957:
    print(8957)
elif x == 8958:
    print(8958)
elif x == 8959:
    print(8959)
elif x == 8960:
    print(8960)
elif x == 8961:
    print(8961)
elif x == 8962:
    print(8962)
elif x == 8963:
    print(8963)
elif x == 8964:
    print(8964)
elif x == 8965:
    print(8965)
elif x == 8966:
    print(8966)
elif x == 8967:
    print(8967)
elif x == 8968:
    print(8968)
elif x == 8969:
    print(8969)
elif x == 8970:
    print(8970)
elif x == 8971:
    print(8971)
elif x == 8972:
    print(8972)
elif x == 8973:
    print(8973)
elif x == 8974:
    print(8974)
elif x == 8975:
    print(8975)
elif x == 8976:
    print(8976)
elif x == 8977:
    print(8977)
elif x == 8978:
    print(8978)
elif x == 8979:
    print(8979)
elif x == 8980:
    print(8980)
elif x == 8981:
    print(8981)
elif x == 8982:
    print(8982)
elif x == 8983:
    print(8983)
elif x == 8984:
    print(8984)
elif x == 8985:
    print(8985)
elif x == 8986:
    print(8986)
elif x == 8987:
    print(8987)
elif x == 8988:
    print(8988)
elif x == 8989:
    print(8989)
elif x == 8990:
    print(8990)
elif x == 8991:
    print(8991)
elif x == 8992:
    print(8992)
elif x == 8993:
    print(8993)
elif x == 8994:
    print(8994)
elif x == 8995:
    print(8995)
elif x == 8996:
    print(8996)
elif x == 8997:
    print(8997)
elif x == 8998:
    print(8998)
elif x == 8999:
    print(8999)
elif x == 9000:
    print(9000)
elif x == 9001:
    print(9001)
elif x == 9002:
    print(9002)
elif x == 9003:
    print(9003)
elif x == 9004:
    print(9004)
elif x == 9005:
    print(9005)
elif x == 9006:
    print(9006)
elif x == 9007:
    print(9007)
elif x == 9008:
    print(9008)
elif x == 9009:
    print(9009)
elif x == 9010:
    print(9010)
elif x == 9011:
    print(9011)
elif x == 9012:
    print(9012)
elif x == 9013:
    print(9013)
elif x == 9014:
    print(9014)
elif x == 9015:
    print(9015)
elif x == 9016:
    print(9016)
elif x == 9017:
    print(9017)
elif x == 9018:
    print(9018)
elif x == 9019:
    print(9019)
elif x == 9020:
    print(9020)
elif x == 9021:
    print(9021)
elif x == 9022:
    print(9022)
elif x == 9023:
    print(9023)
elif x == 9024:
    print(9024)
elif x == 9025:
    print(9025)
elif x == 9026:
    print(9026)
elif x == 9027:
    print(9027)
elif x == 9028:
    print(9028)
elif x == 9029:
    print(9029)
elif x == 9030:
    print(9030)
elif x == 9031:
    print(9031)
elif x == 9032:
    print(9032)
elif x == 9033:
    print(9033)
elif x == 9034:
    print(9034)
elif x == 9035:
    print(9035)
elif x == 9036:
    print(9036)
elif x == 9037:
    print(9037)
elif x == 9038:
    print(9038)
elif x == 9039:
    print(9039)
elif x == 9040:
    print(9040)
elif x == 9041:
    print(9041)
elif x == 9042:
    print(9042)
elif x == 9043:
    print(9043)
elif x == 9044:
    print(9044)
elif x == 9045:
    print(9045)
elif x == 9046:
    print(9046)
elif x == 9047:
    print(9047)
elif x == 9048:
    print(9048)
elif x == 9049:
    print(9049)
elif x == 9050:
    print(9050)
elif x == 9051:
    print(9051)
elif x == 9052:
    print(9052)
elif x == 9053:
    print(9053)
elif x == 9054:
    print(9054)
elif x == 9055:
    print(9055)
elif x == 9056:
    print(9056)
elif x == 9057:
    print(9057)
elif x == 9058:
    print(9058)
elif x == 9059:
    print(9059)
elif x == 9060:
    print(9060)
elif x == 9061:
    print(9061)
elif x == 9062:
    print(9062)
elif x == 9063:
    print(9063)
elif x == 9064:
    print(9064)
elif x == 9065:
    print(9065)
elif x == 9066:
    print(9066)
elif x == 9067:
    print(9067)
elif x == 9068:
    print(9068)
elif x == 9069:
    print(9069)
elif x == 9070:
    print(9070)
elif x == 9071:
    print(9071)
elif x == 9072:
    print(9072)
elif x == 9073:
    print(9073)
elif x == 9074:
    print(9074)
elif x == 9075:
    print(9075)
elif x == 9076:
    print(9076)
elif x == 9077:
    print(9077)
elif x == 9078:
    print(9078)
elif x == 9079:
    print(9079)
elif x == 9080:
    print(9080)
elif x == 9081:
    print(9081)
elif x == 9082:
    print(9082)
elif x == 9083:
    print(9083)
elif x == 9084:
    print(9084)
elif x == 9085:
    print(9085)
elif x == 9086:
    print(9086)
elif x == 9087:
    print(9087)
elif x == 9088:
    print(9088)
elif x == 9089:
    print(9089)
elif x == 9090:
    print(9090)
elif x == 9091:
    print(9091)
elif x == 9092:
    print(9092)
elif x == 9093:
    print(9093)
elif x == 9094:
    print(9094)
elif x == 9095:
    print(9095)
elif x == 9096:
    print(9096)
elif x == 9097:
    print(9097)
elif x == 9098:
    print(9098)
elif x == 9099:
    print(9099)
elif x == 9100:
    print(9100)
elif x == 9101:
    print(9101)
elif x == 9102:
    print(9102)
elif x == 9103:
    print(9103)
elif x == 9104:
    print(9104)
elif x == 9105:
    print(9105)
elif x == 9106:
    print(9106)
elif x == 9107:
    print(9107)
elif x == 9108:
    print(9108)
elif x == 9109:
    print(9109)
elif x == 9110:
    print(9110)
elif x == 9111:
    print(9111)
elif x == 9112:
    print(9112)
elif x == 9113:
    print(9113)
elif x == 9114:
    print(9114)
elif x == 9115:
    print(9115)
elif x == 9116:
    print(9116)
elif x == 9117:
    print(9117)
elif x == 9118:
    print(9118)
elif x == 9119:
    print(9119)
elif x == 9120:
    print(9120)
elif x == 9121:
    print(9121)
elif x == 9122:
    print(9122)
elif x == 9123:
    print(9123)
elif x == 9124:
    print(9124)
elif x == 9125:
    print(9125)
elif x == 9126:
    print(9126)
elif x == 9127:
    print(9127)
elif x == 9128:
    print(9128)
elif x == 9129:
    print(9129)
elif x == 9130:
    print(9130)
elif x == 9131:
    print(9131)
elif x == 9132:
    print(9132)
elif x == 9133:
    print(9133)
elif x == 9134:
    print(9134)
elif x == 9135:
    print(9135)
elif x == 9136:
    print(9136)
elif x == 9137:
    print(9137)
elif x == 9138:
    print(9138)
elif x == 9139:
    print(9139)
elif x == 9140:
    print(9140)
elif x == 9141:
    print(9141)
elif x == 9142:
    print(9142)
elif x == 9143:
    print(9143)
elif x == 9144:
    print(9144)
elif x == 9145:
    print(9145)
elif x == 9146:
    print(9146)
elif x == 9147:
    print(9147)
elif x == 9148:
    print(9148)
elif x == 9149:
    print(9149)
elif x == 9150:
    print(9150)
elif x == 9151:
    print(9151)
elif x == 9152:
    print(9152)
elif x == 9153:
    print(9153)
elif x == 9154:
    print(9154)
elif x == 9155:
    print(9155)
elif x == 9156:
    print(9156)
elif x == 9157:
    print(9157)
elif x == 9158:
    print(9158)
elif x == 9159:
    print(9159)
elif x == 9160:
    print(9160)
elif x == 9161:
    print(9161)
elif x == 9162:
    print(9162)
elif x == 9163:
    print(9163)
elif x == 9164:
    print(9164)
elif x == 9165:
    print(9165)
elif x == 9166:
    print(9166)
elif x == 9167:
    print(9167)
elif x == 9168:
    print(9168)
elif x == 9169:
    print(9169)
elif x == 9170:
    print(9170)
elif x == 9171:
    print(9171)
elif x == 9172:
    print(9172)
elif x == 9173:
    print(9173)
elif x == 9174:
    print(9174)
elif x == 9175:
    print(9175)
elif x == 9176:
    print(9176)
elif x == 9177:
    print(9177)
elif x == 9178:
    print(9178)
elif x == 9179:
    print(9179)
elif x == 9180:
    print(9180)
elif x == 9181:
    print(9181)
elif x == 9182:
    print(9182)
elif x == 9183:
    print(9183)
elif x == 9184:
    print(9184)
elif x == 9185:
    print(9185)
elif x == 9186:
    print(9186)
elif x == 9187:
    print(9187)
elif x == 9188:
    print(9188)
elif x == 9189:
    print(9189)
elif x == 9190:
    print(9190)
elif x == 9191:
    print(9191)
elif x == 9192:
    print(9192)
elif x == 9193:
    print(9193)
elif x == 9194:
    print(9194)
elif x == 9195:
    print(9195)
elif x == 9196:
    print(9196)
elif x == 9197:
    print(9197)
elif x == 9198:
    print(9198)
elif x == 9199:
    print(9199)
elif x == 9200:
    print(9200)
elif x == 9201:
    print(9201)
elif x == 9202:
    print(9202)
elif x == 9203:
    print(9203)
elif x == 9204:
    print(9204)
elif x == 9205:
    print(9205)
elif x == 9206:
    print(9206)
elif x == 9207:
    print(9207)
elif x == 9208:
    print(9208)
elif x == 9209:
    print(9209)
elif x == 9210:
    print(9210)
elif x == 9211:
    print(9211)
elif x == 9212:
    print(9212)
elif x == 9213:
    print(9213)
elif x == 9214:
    print(9214)
elif x == 9215:
    print(9215)
elif x == 9216:
    print(9216)
elif x == 9217:
    print(9217)
elif x == 9218:
    print(9218)
elif x == 9219:
    print(9219)
elif x == 9220:
    print(9220)
elif x == 9221:
    print(9221)
elif x == 9222:
    print(9222)
elif x == 9223:
    print(9223)
elif x == 9224:
    print(9224)
elif x == 9225:
    print(9225)
elif x == 9226:
    print(9226)
elif x == 9227:
    print(9227)
elif x == 9228:
    print(9228)
elif x == 9229:
    print(9229)
elif x == 9230:
    print(9230)
elif x == 9231:
    print(9231)
elif x == 9232:
    print(9232)
elif x == 9233:
    print(9233)
elif x == 9234:
    print(9234)
elif x == 9235:
    print(9235)
elif x == 9236:
    print(9236)
elif x == 9237:
    print(9237)
elif x == 9238:
    print(9238)
elif x == 9239:
    print(9239)
elif x == 9240:
    print(9240)
elif x == 9241:
    print(9241)
elif x == 9242:
    print(9242)
elif x == 9243:
    print(9243)
elif x == 9244:
    print(9244)
elif x == 9245:
    print(9245)
elif x == 9246:
    print(9246)
elif x == 9247:
    print(9247)
elif x == 9248:
    print(9248)
elif x == 9249:
    print(9249)
elif x == 9250:
    print(9250)
elif x == 9251:
    print(9251)
elif x == 9252:
    print(9252)
elif x == 9253:
    print(9253)
elif x == 9254:
    print(9254)
elif x == 9255:
    print(9255)
elif x == 9256:
    print(9256)
elif x == 9257:
    print(9257)
elif x == 9258:
    print(9258)
elif x == 9259:
    print(9259)
elif x == 9260:
    print(9260)
elif x == 9261:
    print(9261)
elif x == 9262:
    print(9262)
elif x == 9263:
    print(9263)
elif x == 9264:
    print(9264)
elif x == 9265:
    print(9265)
elif x == 9266:
    print(9266)
elif x == 9267:
    print(9267)
elif x == 9268:
    print(9268)
elif x == 9269:
    print(9269)
elif x == 9270:
    print(9270)
elif x == 9271:
    print(9271)
elif x == 9272:
    print(9272)
elif x == 9273:
    print(9273)
elif x == 9274:
    print(9274)
elif x == 9275:
    print(9275)
elif x == 9276:
    print(9276)
elif x == 9277:
    print(9277)
elif x == 9278:
    print(9278)
elif x == 9279:
    print(9279)
elif x == 9280:
    print(9280)
elif x == 9281:
    print(9281)
elif x == 9282:
    print(9282)
elif x == 9283:
    print(9283)
elif x == 9284:
    print(9284)
elif x == 9285:
    print(9285)
elif x == 9286:
    print(9286)
elif x == 9287:
    print(9287)
elif x == 9288:
    print(9288)
elif x == 9289:
    print(9289)
elif x == 9290:
    print(9290)
elif x == 9291:
    print(9291)
elif x == 9292:
    print(9292)
elif x == 9293:
    print(9293)
elif x == 9294:
    print(9294)
elif x == 9295:
    print(9295)
elif x == 9296:
    print(9296)
elif x == 9297:
    print(9297)
elif x == 9298:
    print(9298)
elif x == 9299:
    print(9299)
elif x == 9300:
    print(9300)
elif x == 9301:
    print(9301)
elif x == 9302:
    print(9302)
elif x == 9303:
    print(9303)
elif x == 9304:
    print(9304)
elif x == 9305:
    print(9305)
elif x == 9306:
    print(9306)
elif x == 9307:
    print(9307)
elif x == 9308:
    print(9308)
elif x == 9309:
    print(9309)
elif x == 9310:
    print(9310)
elif x == 9311:
    print(9311)
elif x == 9312:
    print(9312)
elif x == 9313:
    print(9313)
elif x == 9314:
    print(9314)
elif x == 9315:
    print(9315)
elif x == 9316:
    print(9316)
elif x == 9317:
    print(9317)
elif x == 9318:
    print(9318)
elif x == 9319:
    print(9319)
elif x == 9320:
    print(9320)
elif x == 9321:
    print(9321)
elif x == 9322:
    print(9322)
elif x == 9323:
    print(9323)
elif x == 9324:
    print(9324)
elif x == 9325:
    print(9325)
elif x == 9326:
    print(9326)
elif x == 9327:
    print(9327)
elif x == 9328:
    print(9328)
elif x == 9329:
    print(9329)
elif x == 9330:
    print(9330)
elif x == 9331:
    print(9331)
elif x == 9332:
    print(9332)
elif x == 9333:
    print(9333)
elif x == 9334:
    print(9334)
elif x == 9335:
    print(9335)
elif x == 9336:
    print(9336)
elif x == 9337:
    print(9337)
elif x == 9338:
    print(9338)
elif x == 9339:
    print(9339)
elif x == 9340:
    print(9340)
elif x == 9341:
    print(9341)
elif x == 9342:
    print(9342)
elif x == 9343:
    print(9343)
elif x == 9344:
    print(9344)
elif x == 9345:
    print(9345)
elif x == 9346:
    print(9346)
elif x == 9347:
    print(9347)
elif x == 9348:
    print(9348)
elif x == 9349:
    print(9349)
elif x == 9350:
    print(9350)
elif x == 9351:
    print(9351)
elif x == 9352:
    print(9352)
elif x == 9353:
    print(9353)
elif x == 9354:
    print(9354)
elif x == 9355:
    print(9355)
elif x == 9356:
    print(9356)
elif x == 9357:
    print(9357)
elif x == 9358:
    print(9358)
elif x == 9359:
    print(9359)
elif x == 9360:
    print(9360)
elif x == 9361:
    print(9361)
elif x == 9362:
    print(9362)
elif x == 9363:
    print(9363)
elif x == 9364:
    print(9364)
elif x == 9365:
    print(9365)
elif x == 9366:
    print(9366)
elif x == 9367:
    print(9367)
elif x == 9368:
    print(9368)
elif x == 9369:
    print(9369)
elif x == 9370:
    print(9370)
elif x == 9371:
    print(9371)
elif x == 9372:
    print(9372)
elif x == 9373:
    print(9373)
elif x == 9374:
    print(9374)
elif x == 9375:
    print(9375)
elif x == 9376:
    print(9376)
elif x == 9377:
    print(9377)
elif x == 9378:
    print(9378)
elif x == 9379:
    print(9379)
elif x == 9380:
    print(9380)
elif x == 9381:
    print(9381)
elif x == 9382:
    print(9382)
elif x == 9383:
    print(9383)
elif x == 9384:
    print(9384)
elif x == 9385:
    print(9385)
elif x == 9386:
    print(9386)
elif x == 9387:
    print(9387)
elif x == 9388:
    print(9388)
elif x == 9389:
    print(9389)
elif x == 9390:
    print(9390)
elif x == 9391:
    print(9391)
elif x == 9392:
    print(9392)
elif x == 9393:
    print(9393)
elif x == 9394:
    print(9394)
elif x == 9395:
    print(9395)
elif x == 9396:
    print(9396)
elif x == 9397:
    print(9397)
elif x == 9398:
    print(9398)
elif x == 9399:
    print(9399)
elif x == 9400:
    print(9400)
elif x == 9401:
    print(9401)
elif x == 9402:
    print(9402)
elif x == 9403:
    print(9403)
elif x == 9404:
    print(9404)
elif x == 9405:
    print(9405)
elif x == 9406:
    print(9406)
elif x == 9407:
    print(9407)
elif x == 9408:
    print(9408)
elif x == 9409:
    print(9409)
elif x == 9410:
    print(9410)
elif x == 9411:
    print(9411)
elif x == 9412:
    print(9412)
elif x == 9413:
    print(9413)
elif x == 9414:
    print(9414)
elif x == 9415:
    print(9415)
elif x == 9416:
    print(9416)
elif x == 9417:
    print(9417)
elif x == 9418:
    print(9418)
elif x == 9419:
    print(9419)
elif x == 9420:
    print(9420)
elif x == 9421:
    print(9421)
elif x == 9422:
    print(9422)
elif x == 9423:
    print(9423)
elif x == 9424:
    print(9424)
elif x == 9425:
    print(9425)
elif x == 9426:
    print(9426)
elif x == 9427:
    print(9427)
elif x == 9428:
    print(9428)
elif x == 9429:
    print(9429)
elif x == 9430:
    print(9430)
elif x == 9431:
    print(9431)
elif x == 9432:
    print(9432)
elif x == 9433:
    print(9433)
elif x == 9434:
    print(9434)
elif x == 9435:
    print(9435)
elif x == 9436:
    print(9436)
elif x == 9437:
    print(9437)
elif x == 9438:
    print(9438)
elif x == 9439:
    print(9439)
elif x == 9440:
    print(9440)
elif x == 9441:
    print(9441)
elif x == 9442:
    print(9442)
elif x == 9443:
    print(9443)
elif x == 9444:
    print(9444)
elif x == 9445:
    print(9445)
elif x == 9446:
    print(9446)
elif x == 9447:
    print(9447)
elif x == 9448:
    print(9448)
elif x == 9449:
    print(9449)
elif x == 9450:
    print(9450)
elif x == 9451:
    print(9451)
elif x == 9452:
    print(9452)
elif x == 9453:
    print(9453)
elif x == 9454:
    print(9454)
elif x == 9455:
    print(9455)
elif x == 9456:
    print(9456)
elif x == 9457:
    print(9457)
elif x == 9458:
    print(9458)
elif x == 9459:
    print(9459)
elif x == 9460:
    print(9460)
elif x == 9461:
    print(9461)
elif x == 9462:
    print(9462)
elif x == 9463:
    print(9463)
elif x == 9464:
    print(9464)
elif x == 9465:
    print(9465)
elif x == 9466:
    print(9466)
elif x == 9467:
    print(9467)
elif x == 9468:
    print(9468)
elif x == 9469:
    print(9469)
elif x == 9470:
    print(9470)
elif x == 9471:
    print(9471)
elif x == 9472:
    print(9472)
elif x == 9473:
    print(9473)
elif x == 9474:
    print(9474)
elif x == 9475:
    print(9475)
elif x == 9476:
    print(9476)
elif x == 9477:
    print(9477)
elif x == 9478:
    print(9478)
elif x == 9479:
    print(9479)
elif x == 9480:
    print(9480)
elif x == 9481:
    print(9481)
elif x == 9482:
    print(9482)
elif x == 9483:
    print(9483)
elif x == 9484:
    print(9484)
elif x == 9485:
    print(9485)
elif x == 9486:
    print(9486)
elif x == 9487:
    print(9487)
elif x == 9488:
    print(9488)
elif x == 9489:
    print(9489)
elif x == 9490:
    print(9490)
elif x == 9491:
    print(9491)
elif x == 9492:
    print(9492)
elif x == 9493:
    print(9493)
elif x == 9494:
    print(9494)
elif x == 9495:
    print(9495)
elif x == 9496:
    print(9496)
elif x == 9497:
    print(9497)
elif x == 9498:
    print(9498)
elif x == 9499:
    print(9499)
elif x == 9500:
    print(9500)
elif x == 9501:
    print(9501)
elif x == 9502:
    print(9502)
elif x == 9503:
    print(9503)
elif x == 9504:
    print(9504)
elif x == 9505:
    print(9505)
elif x == 9506:
    print(9506)
elif x == 9507:
    print(9507)
elif x == 9508:
    print(9508)
elif x == 9509:
    print(9509)
elif x == 9510:
    print(9510)
elif x == 9511:
    print(9511)
elif x == 9512:
    print(9512)
elif x == 9513:
    print(9513)
elif x == 9514:
    print(9514)
elif x == 9515:
    print(9515)
elif x == 9516:
    print(9516)
elif x == 9517:
    print(9517)
elif x == 9518:
    print(9518)
elif x == 9519:
    print(9519)
elif x == 9520:
    print(9520)
elif x == 9521:
    print(9521)
elif x == 9522:
    print(9522)
elif x == 9523:
    print(9523)
elif x == 9524:
    print(9524)
elif x == 9525:
    print(9525)
elif x == 9526:
    print(9526)
elif x == 9527:
    print(9527)
elif x == 9528:
    print(9528)
elif x == 9529:
    print(9529)
elif x == 9530:
    print(9530)
elif x == 9531:
    print(9531)
elif x == 9532:
    print(9532)
elif x == 9533:
    print(9533)
elif x == 9534:
    print(9534)
elif x == 9535:
    print(9535)
elif x == 9536:
    print(9536)
elif x == 9537:
    print(9537)
elif x == 9538:
    print(9538)
elif x == 9539:
    print(9539)
elif x == 9540:
    print(9540)
elif x == 9541:
    print(9541)
elif x == 9542:
    print(9542)
elif x == 9543:
    print(9543)
elif x == 9544:
    print(9544)
elif x == 9545:
    print(9545)
elif x == 9546:
    print(9546)
elif x == 9547:
    print(9547)
elif x == 9548:
    print(9548)
elif x == 9549:
    print(9549)
elif x == 9550:
    print(9550)
elif x == 9551:
    print(9551)
elif x == 9552:
    print(9552)
elif x == 9553:
    print(9553)
elif x == 9554:
    print(9554)
elif x == 9555:
    print(9555)
elif x == 9556:
    print(9556)
elif x == 9557:
    print(9557)
elif x == 9558:
    print(9558)
elif x == 9559:
    print(9559)
elif x == 9560:
    print(9560)
elif x == 9561:
    print(9561)
elif x == 9562:
    print(9562)
elif x == 9563:
    print(9563)
elif x == 9564:
    print(9564)
elif x == 9565:
    print(9565)
elif x == 9566:
    print(9566)
elif x == 9567:
    print(9567)
elif x == 9568:
    print(9568)
elif x == 9569:
    print(9569)
elif x == 9570:
    print(9570)
elif x == 9571:
    print(9571)
elif x == 9572:
    print(9572)
elif x == 9573:
    print(9573)
elif x == 9574:
    print(9574)
elif x == 9575:
    print(9575)
elif x == 9576:
    print(9576)
elif x == 9577:
    print(9577)
elif x == 9578:
    print(9578)
elif x == 9579:
    print(9579)
elif x == 9580:
    print(9580)
elif x == 9581:
    print(9581)
elif x == 9582:
    print(9582)
elif x == 9583:
    print(9583)
elif x == 9584:
    print(9584)
elif x == 9585:
    print(9585)
elif x == 9586:
    print(9586)
elif x == 9587:
    print(9587)
elif x == 9588:
    print(9588)
elif x == 9589:
    print(9589)
elif x == 9590:
    print(9590)
elif x == 9591:
    print(9591)
elif x == 9592:
    print(9592)
elif x == 9593:
    print(9593)
elif x == 9594:
    print(9594)
elif x == 9595:
    print(9595)
elif x == 9596:
    print(9596)
elif x == 9597:
    print(9597)
elif x == 9598:
    print(9598)
elif x == 9599:
    print(9599)
elif x == 9600:
    print(9600)
elif x == 9601:
    print(9601)
elif x == 9602:
    print(9602)
elif x == 9603:
    print(9603)
elif x == 9604:
    print(9604)
elif x == 9605:
    print(9605)
elif x == 9606:
    print(9606)
elif x == 9607:
    print(9607)
elif x == 9608:
    print(9608)
elif x == 9609:
    print(9609)
elif x == 9610:
    print(9610)
elif x == 9611:
    print(9611)
elif x == 9612:
    print(9612)
elif x == 9613:
    print(9613)
elif x == 9614:
    print(9614)
elif x == 9615:
    print(9615)
elif x == 9616:
    print(9616)
elif x == 9617:
    print(9617)
elif x == 9618:
    print(9618)
elif x == 9619:
    print(9619)
elif x == 9620:
    print(9620)
elif x == 9621:
    print(9621)
elif x == 9622:
    print(9622)
elif x == 9623:
    print(9623)
elif x == 9624:
    print(9624)
elif x == 9625:
    print(9625)
elif x == 9626:
    print(9626)
elif x == 9627:
    print(9627)
elif x == 9628:
    print(9628)
elif x == 9629:
    print(9629)
elif x == 9630:
    print(9630)
elif x == 9631:
    print(9631)
elif x == 9632:
    print(9632)
elif x == 9633:
    print(9633)
elif x == 9634:
    print(9634)
elif x == 9635:
    print(9635)
elif x == 9636:
    print(9636)
elif x == 9637:
    print(9637)
elif x == 9638:
    print(9638)
elif x == 9639:
    print(9639)
elif x == 9640:
    print(9640)
elif x == 9641:
    print(9641)
elif x == 9642:
    print(9642)
elif x == 9643:
    print(9643)
elif x == 9644:
    print(9644)
elif x == 9645:
    print(9645)
elif x == 9646:
    print(9646)
elif x == 9647:
    print(9647)
elif x == 9648:
    print(9648)
elif x == 9649:
    print(9649)
elif x == 9650:
    print(9650)
elif x == 9651:
    print(9651)
elif x == 9652:
    print(9652)
elif x == 9653:
    print(9653)
elif x == 9654:
    print(9654)
elif x == 9655:
    print(9655)
elif x == 9656:
    print(9656)
elif x == 9657:
    print(9657)
elif x == 9658:
    print(9658)
elif x == 9659:
    print(9659)
elif x == 9660:
    print(9660)
elif x == 9661:
    print(9661)
elif x == 9662:
    print(9662)
elif x == 9663:
    print(9663)
elif x == 9664:
    print(9664)
elif x == 9665:
    print(9665)
elif x == 9666:
    print(9666)
elif x == 9667:
    print(9667)
elif x == 9668:
    print(9668)
elif x == 9669:
    print(9669)
elif x == 9670:
    print(9670)
elif x == 9671:
    print(9671)
elif x == 9672:
    print(9672)
elif x == 9673:
    print(9673)
elif x == 9674:
    print(9674)
elif x == 9675:
    print(9675)
elif x == 9676:
    print(9676)
elif x == 9677:
    print(9677)
elif x == 9678:
    print(9678)
elif x == 9679:
    print(9679)
elif x == 9680:
    print(9680)
elif x == 9681:
    print(9681)
elif x == 9682:
    print(9682)
elif x == 9683:
    print(9683)
elif x == 9684:
    print(9684)
elif x == 9685:
    print(9685)
elif x == 9686:
    print(9686)
elif x == 9687:
    print(9687)
elif x == 9688:
    print(9688)
elif x == 9689:
    print(9689)
elif x == 9690:
    print(9690)
elif x == 9691:
    print(9691)
elif x == 9692:
    print(9692)
elif x == 9693:
    print(9693)
elif x == 9694:
    print(9694)
elif x == 9695:
    print(9695)
elif x == 9696:
    print(9696)
elif x == 9697:
    print(9697)
elif x == 9698:
    print(9698)
elif x == 9699:
    print(9699)
elif x == 9700:
    print(9700)
elif x == 9701:
    print(9701)
elif x == 9702:
    print(9702)
elif x == 9703:
    print(9703)
elif x == 9704:
    print(9704)
elif x == 9705:
    print(9705)
elif x == 9706:
    print(9706)
elif x == 9707:
    print(9707)
elif x == 9708:
    print(9708)
elif x == 9709:
    print(9709)
elif x == 9710:
    print(9710)
elif x == 9711:
    print(9711)
elif x == 9712:
    print(9712)
elif x == 9713:
    print(9713)
elif x == 9714:
    print(9714)
elif x == 9715:
    print(9715)
elif x == 9716:
    print(9716)
elif x == 9717:
    print(9717)
elif x == 9718:
    print(9718)
elif x == 9719:
    print(9719)
elif x == 9720:
    print(9720)
elif x == 9721:
    print(9721)
elif x == 9722:
    print(9722)
elif x == 9723:
    print(9723)
elif x == 9724:
    print(9724)
elif x == 9725:
    print(9725)
elif x == 9726:
    print(9726)
elif x == 9727:
    print(9727)
elif x == 9728:
    print(9728)
elif x == 9729:
    print(9729)
elif x == 9730:
    print(9730)
elif x == 9731:
    print(9731)
elif x == 9732:
    print(9732)
elif x == 9733:
    print(9733)
elif x == 9734:
    print(9734)
elif x == 9735:
    print(9735)
elif x == 9736:
    print(9736)
elif x == 9737:
    print(9737)
elif x == 9738:
    print(9738)
elif x == 9739:
    print(9739)
elif x == 9740:
    print(9740)
elif x == 9741:
    print(9741)
elif x == 9742:
    print(9742)
elif x == 9743:
    print(9743)
elif x == 9744:
    print(9744)
elif x == 9745:
    print(9745)
elif x == 9746:
    print(9746)
elif x == 9747:
    print(9747)
elif x == 9748:
    print(9748)
elif x == 9749:
    print(9749)
elif x == 9750:
    print(9750)
elif x == 9751:
    print(9751)
elif x == 9752:
    print(9752)
elif x == 9753:
    print(9753)
elif x == 9754:
    print(9754)
elif x == 9755:
    print(9755)
elif x == 9756:
    print(9756)
elif x == 9757:
    print(9757)
elif x == 9758:
    print(9758)
elif x == 9759:
    print(9759)
elif x == 9760:
    print(9760)
elif x == 9761:
    print(9761)
elif x == 9762:
    print(9762)
elif x == 9763:
    print(9763)
elif x == 9764:
    print(9764)
elif x == 9765:
    print(9765)
elif x == 9766:
    print(9766)
elif x == 9767:
    print(9767)
elif x == 9768:
    print(9768)
elif x == 9769:
    print(9769)
elif x == 9770:
    print(9770)
elif x == 9771:
    print(9771)
elif x == 9772:
    print(9772)
elif x == 9773:
    print(9773)
elif x == 9774:
    print(9774)
elif x == 9775:
    print(9775)
elif x == 9776:
    print(9776)
elif x == 9777:
    print(9777)
elif x == 9778:
    print(9778)
elif x == 9779:
    print(9779)
elif x == 9780:
    print(9780)
elif x == 9781:
    print(9781)
elif x == 9782:
    print(9782)
elif x == 9783:
    print(9783)
elif x == 9784:
    print(9784)
elif x == 9785:
    print(9785)
elif x == 9786:
    print(9786)
elif x == 9787:
    print(9787)
elif x == 9788:
    print(9788)
elif x == 9789:
    print(9789)
elif x == 9790:
    print(9790)
elif x == 9791:
    print(9791)
elif x == 9792:
    print(9792)
elif x == 9793:
    print(9793)
elif x == 9794:
    print(9794)
elif x == 9795:
    print(9795)
elif x == 9796:
    print(9796)
elif x == 9797:
    print(9797)
elif x == 9798:
    print(9798)
elif x == 9799:
    print(9799)
elif x == 9800:
    print(9800)
elif x == 9801:
    print(9801)
elif x == 9802:
    print(9802)
elif x == 9803:
    print(9803)
elif x == 9804:
    print(9804)
elif x == 9805:
    print(9805)
elif x == 9806:
    print(9806)
elif x == 9807:
    print(9807)
elif x == 9808:
    print(9808)
elif x == 9809:
    print(9809)
elif x == 9810:
    print(9810)
elif x == 9811:
    print(9811)
elif x == 9812:
    print(9812)
elif x == 9813:
    print(9813)
elif x == 9814:
    print(9814)
elif x == 9815:
    print(9815)
elif x == 9816:
    print(9816)
elif x == 9817:
    print(9817)
elif x == 9818:
    print(9818)
elif x == 9819:
    print(9819)
elif x == 9820:
    print(9820)
elif x == 9821:
    print(9821)
elif x == 9822:
    print(9822)
elif x == 9823:
    print(9823)
elif x == 9824:
    print(9824)
elif x == 9825:
    print(9825)
elif x == 9826:
    print(9826)
elif x == 9827:
    print(9827)
elif x == 9828:
    print(9828)
elif x == 9829:
    print(9829)
elif x == 9830:
    print(9830)
elif x == 9831:
    print(9831)
elif x == 9832:
    print(9832)
elif x == 9833:
    print(9833)
elif x == 9834:
    print(9834)
elif x == 9835:
    print(9835)
elif x == 9836:
    print(9836)
elif x == 9837:
    print(9837)
elif x == 9838:
    print(9838)
elif x == 9839:
    print(9839)
elif x == 9840:
    print(9840)
elif x == 9841:
    print(9841)
elif x == 9842:
    print(9842)
elif x == 9843:
    print(9843)
elif x == 9844:
    print(9844)
elif x == 9845:
    print(9845)
elif x == 9846:
    print(9846)
elif x == 9847:
    print(9847)
elif x == 9848:
    print(9848)
elif x == 9849:
    print(9849)
elif x == 9850:
    print(9850)
elif x == 9851:
    print(9851)
elif x == 9852:
    print(9852)
elif x == 9853:
    print(9853)
elif x == 9854:
    print(9854)
elif x == 9855:
    print(9855)
elif x == 9856:
    print(9856)
elif x == 9857:
    print(9857)
elif x == 9858:
    print(9858)
elif x == 9859:
    print(9859)
elif x == 9860:
    print(9860)
elif x == 9861:
    print(9861)
elif x == 9862:
    print(9862)
elif x == 9863:
    print(9863)
elif x == 9864:
    print(9864)
elif x == 9865:
    print(9865)
elif x == 9866:
    print(9866)
elif x == 9867:
    print(9867)
elif x == 9868:
    print(9868)
elif x == 9869:
    print(9869)
elif x == 9870:
    print(9870)
elif x == 9871:
    print(9871)
elif x == 9872:
    print(9872)
elif x == 9873:
    print(9873)
elif x == 9874:
    print(9874)
elif x == 9875:
    print(9875)
elif x == 9876:
    print(9876)
elif x == 9877:
    print(9877)
elif x == 9878:
    print(9878)
elif x == 9879:
    print(9879)
elif x == 9880:
    print(9880)
elif x == 9881:
    print(9881)
elif x == 9882:
    print(9882)
elif x == 9883:
    print(9883)
elif x == 9884:
    print(9884)
elif x == 9885:
    print(9885)
elif x == 9886:
    print(9886)
elif x == 9887:
    print(9887)
elif x == 9888:
    print(9888)
elif x == 9889:
    print(9889)
elif x == 9890:
    print(9890)
elif x == 9891:
    print(9891)
elif x == 9892:
    print(9892)
elif x == 9893:
    print(9893)
elif x == 9894:
    print(9894)
elif x == 9895:
    print(9895)
elif x == 9896:
    print(9896)
elif x == 9897:
    print(9897)
elif x == 9898:
    print(9898)
elif x == 9899:
    print(9899)
elif x == 9900:
    print(9900)
elif x == 9901:
    print(9901)
elif x == 9902:
    print(9902)
elif x == 9903:
    print(9903)
elif x == 9904:
    print(9904)
elif x == 9905:
    print(9905)
elif x == 9906:
    print(9906)
elif x == 9907:
    print(9907)
elif x == 9908:
    print(9908)
elif x == 9909:
    print(9909)
elif x == 9910:
    print(9910)
elif x == 9911:
    print(9911)
elif x == 9912:
    print(9912)
elif x == 9913:
    print(9913)
elif x == 9914:
    print(9914)
elif x == 9915:
    print(9915)
elif x == 9916:
    print(9916)
elif x == 9917:
    print(9917)
elif x == 9918:
    print(9918)
elif x == 9919:
    print(9919)
elif x == 9920:
    print(9920)
elif x == 9921:
    print(9921)
elif x == 9922:
    print(9922)
elif x == 9923:
    print(9923)
elif x == 9924:
    print(9924)
elif x == 9925:
    print(9925)
elif x == 9926:
    print(9926)
elif x == 9927:
    print(9927)
elif x == 9928:
    print(9928)
elif x == 9929:
    print(9929)
elif x == 9930:
    print(9930)
elif x == 9931:
    print(9931)
elif x == 9932:
    print(9932)
elif x == 9933:
    print(9933)
elif x == 9934:
    print(9934)
elif x == 9935:
    print(9935)
elif x == 9936:
    print(9936)
elif x == 9937:
    print(9937)
elif x == 9938:
    print(9938)
elif x == 9939:
    print(9939)
elif x == 9940:
    print(9940)
elif x == 9941:
    print(9941)
elif x == 9942:
    print(9942)
elif x == 9943:
    print(9943)
elif x == 9944:
    print(9944)
elif x == 9945:
    print(9945)
elif x == 9946:
    print(9946)
elif x == 9947:
    print(9947)
elif x == 9948:
    print(9948)
elif x == 9949:
    print(9949)
elif x == 9950:
    print(9950)
elif x == 9951:
    print(9951)
elif x == 9952:
    print(9952)
elif x == 9953:
    print(9953)
elif x == 9954:
    print(9954)
elif x == 9955:
    print(9955)
elif x == 9956:
    print(9956)
elif x == 9957:
    print(9957)
elif x == 9958:
    print(9958)
elif x == 9959:
    print(9959)
elif x == 9960:
    print(9960)
elif x == 9961:
    print(9961)
elif x == 9962:
    print(9962)
elif x == 9963:
    print(9963)
elif x == 9964:
    print(9964)
elif x == 9965:
    print(9965)
elif x == 9966:
    print(9966)
elif x == 9967:
    print(9967)
elif x == 9968:
    print(9968)
elif x == 9969:
    print(9969)
elif x == 9970:
    print(9970)
elif x == 9971:
    print(9971)
elif x == 9972:
    print(9972)
elif x == 9973:
    print(9973)
elif x == 9974:
    print(9974)
elif x == 9975:
    print(9975)
elif x == 9976:
    print(9976)
elif x == 9977:
    print(9977)
elif x == 9978:
    print(9978)
elif x == 9979:
    print(9979)
elif x == 9980:
    print(9980)
elif x == 9981:
    print(9981)
elif x == 9982:
    print(9982)
elif x == 9983:
    print(9983)
elif x == 9984:
    print(9984)
elif x == 9985:
    print(9985)
elif x == 9986:
    print(9986)
elif x == 9987:
    print(9987)
elif x == 9988:
    print(9988)
elif x == 9989:
    print(9989)
elif x == 9990:
    print(9990)
elif x == 9991:
    print(9991)
elif x == 9992:
    print(9992)
elif x == 9993:
    print(9993)
elif x == 9994:
    print(9994)
elif x == 9995:
    print(9995)
elif x == 9996:
    print(9996)
elif x == 9997:
    print(9997)
elif x == 9998:
    print(9998)
elif x == 9999:
    print(9999)
elif x == 10000:
    print(10000)
elif x == 10001:
    print(10001)
elif x == 10002:
    print(10002)
elif x == 10003:
    print(10003)
elif x == 10004:
    print(10004)
elif x == 10005:
    print(10005)
elif x == 10006:
    print(10006)
elif x == 10007:
    print(10007)
elif x == 10008:
    print(10008)
elif x == 10009:
    print(10009)
elif x == 10010:
    print(10010)
elif x == 10011:
    print(10011)
elif x == 10012:
    print(10012)
elif x == 10013:
    print(10013)
elif x == 10014:
    print(10014)
elif x == 10015:
    print(10015)
elif x == 10016:
    print(10016)
elif x == 10017:
    print(10017)
elif x == 10018:
    print(10018)
elif x == 10019:
    print(10019)
elif x == 10020:
    print(10020)
elif x == 10021:
    print(10021)
elif x == 10022:
    print(10022)
elif x == 10023:
    print(10023)
elif x == 10024:
    print(10024)
elif x == 10025:
    print(10025)
elif x == 10026:
    print(10026)
elif x == 10027:
    print(10027)
elif x == 10028:
    print(10028)
elif x == 10029:
    print(10029)
elif x == 10030:
    print(10030)
elif x == 10031:
    print(10031)
elif x == 10032:
    print(10032)
elif x == 10033:
    print(10033)
elif x == 10034:
    print(10034)
elif x == 10035:
    print(10035)
elif x == 10036:
    print(10036)
elif x == 10037:
    print(10037)
elif x == 10038:
    print(10038)
elif x == 10039:
    print(10039)
elif x == 10040:
    print(10040)
elif x == 10041:
    print(10041)
elif x == 10042:
    print(10042)
elif x == 10043:
    print(10043)
elif x == 10044:
    print(10044)
elif x == 10045:
    print(10045)
elif x == 10046:
    print(10046)
elif x == 10047:
    print(10047)
elif x == 10048:
    print(10048)
elif x == 10049:
    print(10049)
elif x == 10050:
    print(10050)
elif x == 10051:
    print(10051)
elif x == 10052:
    print(10052)
elif x == 10053:
    print(10053)
elif x == 10054:
    print(10054)
elif x == 10055:
    print(10055)
elif x == 10056:
    print(10056)
elif x == 10057:
    print(10057)
elif x == 10058:
    print(10058)
elif x == 10059:
    print(10059)
elif x == 10060:
    print(10060)
elif x == 10061:
    print(10061)
elif x == 10062:
    print(10062)
elif x == 10063:
    print(10063)
elif x == 10064:
    print(10064)
elif x == 10065:
    print(10065)
elif x == 10066:
    print(10066)
elif x == 10067:
    print(10067)
elif x == 10068:
    print(10068)
elif x == 10069:
    print(10069)
elif x == 10070:
    print(10070)
elif x == 10071:
    print(10071)
elif x == 10072:
    print(10072)
elif x == 10073:
    print(10073)
elif x == 10074:
    print(10074)
elif x == 10075:
    print(10075)
elif x == 10076:
    print(10076)
elif x == 10077:
    print(10077)
elif x == 10078:
    print(10078)
elif x == 10079:
    print(10079)
elif x == 10080:
    print(10080)
elif x == 10081:
    print(10081)
elif x == 10082:
    print(10082)
elif x == 10083:
    print(10083)
elif x == 10084:
    print(10084)
elif x == 10085:
    print(10085)
elif x == 10086:
    print(10086)
elif x == 10087:
    print(10087)
elif x == 10088:
    print(10088)
elif x == 10089:
    print(10089)
elif x == 10090:
    print(10090)
elif x == 10091:
    print(10091)
elif x == 10092:
    print(10092)
elif x == 10093:
    print(10093)
elif x == 10094:
    print(10094)
elif x == 10095:
    print(10095)
elif x == 10096:
    print(10096)
elif x == 10097:
    print(10097)
elif x == 10098:
    print(10098)
elif x == 10099:
    print(10099)
elif x == 10100:
    print(10100)
elif x == 10101:
    print(10101)
elif x == 10102:
    print(10102)
elif x == 10103:
    print(10103)
elif x == 10104:
    print(10104)
elif x == 10105:
    print(10105)
elif x == 10106:
    print(10106)
elif x == 10107:
    print(10107)
elif x == 10108:
    print(10108)
elif x == 10109:
    print(10109)
elif x == 10110:
    print(10110)
elif x == 10111:
    print(10111)
elif x == 10112:
    print(10112)
elif x == 10113:
    print(10113)
elif x == 10114:
    print(10114)
elif x == 10115:
    print(10115)
elif x == 10116:
    print(10116)
elif x == 10117:
    print(10117)
elif x == 10118:
    print(10118)
elif x == 10119:
    print(10119)
elif x == 10120:
    print(10120)
elif x == 10121:
    print(10121)
elif x == 10122:
    print(10122)
elif x == 10123:
    print(10123)
elif x == 10124:
    print(10124)
elif x == 10125:
    print(10125)
elif x == 10126:
    print(10126)
elif x == 10127:
    print(10127)
elif x == 10128:
    print(10128)
elif x == 10129:
    print(10129)
elif x == 10130:
    print(10130)
elif x == 10131:
    print(10131)
elif x == 10132:
    print(10132)
elif x == 10133:
    print(10133)
elif x == 10134:
    print(10134)
elif x == 10135:
    print(10135)
elif x == 10136:
    print(10136)
elif x == 10137:
    print(10137)
elif x == 10138:
    print(10138)
elif x == 10139:
    print(10139)
elif x == 10140:
    print(10140)
elif x == 10141:
    print(10141)
elif x == 10142:
    print(10142)
elif x == 10143:
    print(10143)
elif x == 10144:
    print(10144)
elif x == 10145:
    print(10145)
elif x == 10146:
    print(10146)
elif x == 10147:
    print(10147)
elif x == 10148:
    print(10148)
elif x == 10149:
    print(10149)
elif x == 10150:
    print(10150)
elif x == 10151:
    print(10151)
elif x == 10152:
    print(10152)
elif x == 10153:
    print(10153)
elif x == 10154:
    print(10154)
elif x == 10155:
    print(10155)
elif x == 10156:
    print(10156)
elif x == 10157:
    print(10157)
elif x == 10158:
    print(10158)
elif x == 10159:
    print(10159)
elif x == 10160:
    print(10160)
elif x == 10161:
    print(10161)
elif x == 10162:
    print(10162)
elif x == 10163:
    print(10163)
elif x == 10164:
    print(10164)
elif x == 10165:
    print(10165)
elif x == 10166:
    print(10166)
elif x == 10167:
    print(10167)
elif x == 10168:
    print(10168)
elif x == 10169:
    print(10169)
elif x == 10170:
    print(10170)
elif x == 10171:
    print(10171)
elif x == 10172:
    print(10172)
elif x == 10173:
    print(10173)
elif x == 10174:
    print(10174)
elif x == 10175:
    print(10175)
elif x == 10176:
    print(10176)
elif x == 10177:
    print(10177)
elif x == 10178:
    print(10178)
elif x == 10179:
    print(10179)
elif x == 10180:
    print(10180)
elif x == 10181:
    print(10181)
elif x == 10182:
    print(10182)
elif x == 10183:
    print(10183)
elif x == 10184:
    print(10184)
elif x == 10185:
    print(10185)
elif x == 10186:
    print(10186)
elif x == 10187:
    print(10187)
elif x == 10188:
    print(10188)
elif x == 10189:
    print(10189)
elif x == 10190:
    print(10190)
elif x == 10191:
    print(10191)
elif x == 10192:
    print(10192)
elif x == 10193:
    print(10193)
elif x == 10194:
    print(10194)
elif x == 10195:
    print(10195)
elif x == 10196:
    print(10196)
elif x == 10197:
    print(10197)
elif x == 10198:
    print(10198)
elif x == 10199:
    print(10199)
elif x == 10200:
    print(10200)
elif x == 10201:
    print(10201)
elif x == 10202:
    print(10202)
elif x == 10203:
    print(10203)
elif x == 10204:
    print(10204)
elif x == 10205:
    print(10205)
elif x == 10206:
    print(10206)
elif x == 10207:
    print(10207)
elif x == 10208:
    print(10208)
elif x == 10209:
    print(10209)
elif x == 10210:
    print(10210)
elif x == 10211:
    print(10211)
elif x == 10212:
    print(10212)
elif x == 10213:
    print(10213)
elif x == 10214:
    print(10214)
elif x == 10215:
    print(10215)
elif x == 10216:
    print(10216)
elif x == 10217:
    print(10217)
elif x == 10218:
    print(10218)
elif x == 10219:
    print(10219)
elif x == 10220:
    print(10220)
elif x == 10221:
    print(10221)
elif x == 10222:
    print(10222)
elif x == 10223:
    print(10223)
elif x == 10224:
    print(10224)
elif x == 10225:
    print(10225)
elif x == 10226:
    print(10226)
elif x == 10227:
    print(10227)
elif x == 10228:
    print(10228)
elif x == 10229:
    print(10229)
elif x == 10230:
    print(10230)
elif x == 10231:
    print(10231)
elif x == 10232:
    print(10232)
elif x == 10233:
    print(10233)
elif x == 10234:
    print(10234)
elif x == 10235:
    print(10235)
elif x == 10236:
    print(10236)
elif x == 10237:
    print(10237)
elif x == 10238:
    print(10238)
elif x == 10239:
    print(10239)
elif x == 10240:
    print(10240)
elif x == 10241:
    print(10241)
elif x == 10242:
    print(10242)
elif x == 10243:
    print(10243)
elif x == 10244:
    print(10244)
elif x == 10245:
    print(10245)
elif x == 10246:
    print(10246)
elif x == 10247:
    print(10247)
elif x == 10248:
    print(10248)
elif x == 10249:
    print(10249)
elif x == 10250:
    print(10250)
elif x == 10251:
    print(10251)
elif x == 10252:
    print(10252)
elif x == 10253:
    print(10253)
elif x == 10254:
    print(10254)
elif x == 10255:
    print(10255)
elif x == 10256:
    print(10256)
elif x == 10257:
    print(10257)
elif x == 10258:
    print(10258)
elif x == 10259:
    print(10259)
elif x == 10260:
    print(10260)
elif x == 10261:
    print(10261)
elif x == 10262:
    print(10262)
elif x == 10263:
    print(10263)
elif x == 10264:
    print(10264)
elif x == 10265:
    print(10265)
elif x == 10266:
    print(10266)
elif x == 10267:
    print(10267)
elif x == 10268:
    print(10268)
elif x == 10269:
    print(10269)
elif x == 10270:
    print(10270)
elif x == 10271:
    print(10271)
elif x == 10272:
    print(10272)
elif x == 10273:
    print(10273)
elif x == 10274:
    print(10274)
elif x == 10275:
    print(10275)
elif x == 10276:
    print(10276)
elif x == 10277:
    print(10277)
elif x == 10278:
    print(10278)
elif x == 10279:
    print(10279)
elif x == 10280:
    print(10280)
elif x == 10281:
    print(10281)
elif x == 10282:
    print(10282)
elif x == 10283:
    print(10283)
elif x == 10284:
    print(10284)
elif x == 10285:
    print(10285)
elif x == 10286:
    print(10286)
elif x == 10287:
    print(10287)
elif x == 10288:
    print(10288)
elif x == 10289:
    print(10289)
elif x == 10290:
    print(10290)
elif x == 10291:
    print(10291)
elif x == 10292:
    print(10292)
elif x == 10293:
    print(10293)
elif x == 10294:
    print(10294)
elif x == 10295:
    print(10295)
elif x == 10296:
    print(10296)
elif x == 10297:
    print(10297)
elif x == 10298:
    print(10298)
elif x == 10299:
    print(10299)
elif x == 10300:
    print(10300)
elif x == 10301:
    print(10301)
elif x == 10302:
    print(10302)
elif x == 10303:
    print(10303)
elif x == 10304:
    print(10304)
elif x == 10305:
    print(10305)
elif x == 10306:
    print(10306)
elif x == 10307:
    print(10307)
elif x == 10308:
    print(10308)
elif x == 10309:
    print(10309)
elif x == 10310:
    print(10310)
elif x == 10311:
    print(10311)
elif x == 10312:
    print(10312)
elif x == 10313:
    print(10313)
elif x == 10314:
    print(10314)
elif x == 10315:
    print(10315)
elif x == 10316:
    print(10316)
elif x == 10317:
    print(10317)
elif x == 10318:
    print(10318)
elif x == 10319:
    print(10319)
elif x == 10320:
    print(10320)
elif x == 10321:
    print(10321)
elif x == 10322:
    print(10322)
elif x == 10323:
    print(10323)
elif x == 10324:
    print(10324)
elif x == 10325:
    print(10325)
elif x == 10326:
    print(10326)
elif x == 10327:
    print(10327)
elif x == 10328:
    print(10328)
elif x == 10329:
    print(10329)
elif x == 10330:
    print(10330)
elif x == 10331:
    print(10331)
elif x == 10332:
    print(10332)
elif x == 10333:
    print(10333)
elif x == 10334:
    print(10334)
elif x == 10335:
    print(10335)
elif x == 10336:
    print(10336)
elif x == 10337:
    print(10337)
elif x == 10338:
    print(10338)
elif x == 10339:
    print(10339)
elif x == 10340:
    print(10340)
elif x == 10341:
    print(10341)
elif x == 10342:
    print(10342)
elif x == 10343:
    print(10343)
elif x == 10344:
    print(10344)
elif x == 10345:
    print(10345)
elif x == 10346:
    print(10346)
elif x == 10347:
    print(10347)
elif x == 10348:
    print(10348)
elif x == 10349:
    print(10349)
elif x == 10350:
    print(10350)
elif x == 10351:
    print(10351)
elif x == 10352:
    print(10352)
elif x == 10353:
    print(10353)
elif x == 10354:
    print(10354)
elif x == 10355:
    print(10355)
elif x == 10356:
    print(10356)
elif x == 10357:
    print(10357)
elif x == 10358:
    print(10358)
elif x == 10359:
    print(10359)
elif x == 10360:
    print(10360)
elif x == 10361:
    print(10361)
elif x == 10362:
    print(10362)
elif x == 10363:
    print(10363)
elif x == 10364:
    print(10364)
elif x == 10365:
    print(10365)
elif x == 10366:
    print(10366)
elif x == 10367:
    print(10367)
elif x == 10368:
    print(10368)
elif x == 10369:
    print(10369)
elif x == 10370:
    print(10370)
elif x == 10371:
    print(10371)
elif x == 10372:
    print(10372)
elif x == 10373:
    print(10373)
elif x == 10374:
    print(10374)
elif x == 10375:
    print(10375)
elif x == 10376:
    print(10376)
elif x == 10377:
    print(10377)
elif x == 10378:
    print(10378)
elif x == 10379:
    print(10379)
elif x == 10380:
    print(10380)
elif x == 10381:
    print(10381)
elif x == 10382:
    print(10382)
elif x == 10383:
    print(10383)
elif x == 10384:
    print(10384)
elif x == 10385:
    print(10385)
elif x == 10386:
    print(10386)
elif x == 10387:
    print(10387)
elif x == 10388:
    print(10388)
elif x == 10389:
    print(10389)
elif x == 10390:
    print(10390)
elif x == 10391:
    print(10391)
elif x == 10392:
    print(10392)
elif x == 10393:
    print(10393)
elif x == 10394:
    print(10394)
elif x == 10395:
    print(10395)
elif x == 10396:
    print(10396)
elif x == 10397:
    print(10397)
elif x == 10398:
    print(10398)
elif x == 10399:
    print(10399)
elif x == 10400:
    print(10400)
elif x == 10401:
    print(10401)
elif x == 10402:
    print(10402)
elif x == 10403:
    print(10403)
elif x == 10404:
    print(10404)
elif x == 10405:
    print(10405)
elif x == 10406:
    print(10406)
elif x == 10407:
    print(10407)
elif x == 10408:
    print(10408)
elif x == 10409:
    print(10409)
elif x == 10410:
    print(10410)
elif x == 10411:
    print(10411)
elif x == 10412:
    print(10412)
elif x == 10413:
    print(10413)
elif x == 10414:
    print(10414)
elif x == 10415:
    print(10415)
elif x == 10416:
    print(10416)
elif x == 10417:
    print(10417)
elif x == 10418:
    print(10418)
elif x == 10419:
    print(10419)
elif x == 10420:
    print(10420)
elif x == 10421:
    print(10421)
elif x == 10422:
    print(10422)
elif x == 10423:
    print(10423)
elif x == 10424:
    print(10424)
elif x == 10425:
    print(10425)
elif x == 10426:
    print(10426)
elif x == 10427:
    print(10427)
elif x == 10428:
    print(10428)
elif x == 10429:
    print(10429)
elif x == 10430:
    print(10430)
elif x == 10431:
    print(10431)
elif x == 10432:
    print(10432)
elif x == 10433:
    print(10433)
elif x == 10434:
    print(10434)
elif x == 10435:
    print(10435)
elif x == 10436:
    print(10436)
elif x == 10437:
    print(10437)
elif x == 10438:
    print(10438)
elif x == 10439:
    print(10439)
elif x == 10440:
    print(10440)
elif x == 10441:
    print(10441)
elif x == 10442:
    print(10442)
elif x == 10443:
    print(10443)
elif x == 10444:
    print(10444)
elif x == 10445:
    print(10445)
elif x == 10446:
    print(10446)
elif x == 10447:
    print(10447)
elif x == 10448:
    print(10448)
elif x == 10449:
    print(10449)
elif x == 10450:
    print(10450)
elif x == 10451:
    print(10451)
elif x == 10452:
    print(10452)
elif x == 10453:
    print(10453)
elif x == 10454:
    print(10454)
elif x == 10455:
    print(10455)
elif x == 10456:
    print(10456)
elif x == 10457:
    print(10457)
elif x == 10458:
    print(10458)
elif x == 10459:
    print(10459)
elif x == 10460:
    print(10460)
elif x == 10461:
    print(10461)
elif x == 10462:
    print(10462)
elif x == 10463:
    print(10463)
elif x == 10464:
    print(10464)
elif x == 10465:
    print(10465)
elif x == 10466:
    print(10466)
elif x == 10467:
    print(10467)
elif x == 10468:
    print(10468)
elif x == 10469:
    print(10469)
elif x == 10470:
    print(10470)
elif x == 10471:
    print(10471)
elif x == 10472:
    print(10472)
elif x == 10473:
    print(10473)
elif x == 10474:
    print(10474)
elif x == 10475:
    print(10475)
elif x == 10476:
    print(10476)
elif x == 10477:
    print(10477)
elif x == 10478:
    print(10478)
elif x == 10479:
    print(10479)
elif x == 10480:
    print(10480)
elif x == 10481:
    print(10481)
elif x == 10482:
    print(10482)
elif x == 10483:
    print(10483)
elif x == 10484:
    print(10484)
elif x == 10485:
    print(10485)
elif x == 10486:
    print(10486)
elif x == 10487:
    print(10487)
elif x == 10488:
    print(10488)
elif x == 10489:
    print(10489)
elif x == 10490:
    print(10490)
elif x == 10491:
    print(10491)
elif x == 10492:
    print(10492)
elif x == 10493:
    print(10493)
elif x == 10494:
    print(10494)
elif x == 10495:
    print(10495)
elif x == 10496:
    print(10496)
elif x == 10497:
    print(10497)
elif x == 10498:
    print(10498)
elif x == 10499:
    print(10499)
elif x == 10500:
    print(10500)
elif x == 10501:
    print(10501)
elif x == 10502:
    print(10502)
elif x == 10503:
    print(10503)
elif x == 10504:
    print(10504)
elif x == 10505:
    print(10505)
elif x == 10506:
    print(10506)
elif x == 10507:
    print(10507)
elif x == 10508:
    print(10508)
elif x == 10509:
    print(10509)
elif x == 10510:
    print(10510)
elif x == 10511:
    print(10511)
elif x == 10512:
    print(10512)
elif x == 10513:
    print(10513)
elif x == 10514:
    print(10514)
elif x == 10515:
    print(10515)
elif x == 10516:
    print(10516)
elif x == 10517:
    print(10517)
elif x == 10518:
    print(10518)
elif x == 10519:
    print(10519)
elif x == 10520:
    print(10520)
elif x == 10521:
    print(10521)
elif x == 10522:
    print(10522)
elif x == 10523:
    print(10523)
elif x == 10524:
    print(10524)
elif x == 10525:
    print(10525)
elif x == 10526:
    print(10526)
elif x == 10527:
    print(10527)
elif x == 10528:
    print(10528)
elif x == 10529:
    print(10529)
elif x == 10530:
    print(10530)
elif x == 10531:
    print(10531)
elif x == 10532:
    print(10532)
elif x == 10533:
    print(10533)
elif x == 10534:
    print(10534)
elif x == 10535:
    print(10535)
elif x == 10536:
    print(10536)
elif x == 10537:
    print(10537)
elif x == 10538:
    print(10538)
elif x == 10539:
    print(10539)
elif x == 10540:
    print(10540)
elif x == 10541:
    print(10541)
elif x == 10542:
    print(10542)
elif x == 10543:
    print(10543)
elif x == 10544:
    print(10544)
elif x == 10545:
    print(10545)
elif x == 10546:
    print(10546)
elif x == 10547:
    print(10547)
elif x == 10548:
    print(10548)
elif x == 10549:
    print(10549)
elif x == 10550:
    print(10550)
elif x == 10551:
    print(10551)
elif x == 10552:
    print(10552)
elif x == 10553:
    print(10553)
elif x == 10554:
    print(10554)
elif x == 10555:
    print(10555)
elif x == 10556:
    print(10556)
elif x == 10557:
    print(10557)
elif x == 10558:
    print(10558)
elif x == 10559:
    print(10559)
elif x == 10560:
    print(10560)
elif x == 10561:
    print(10561)
elif x == 10562:
    print(10562)
elif x == 10563:
    print(10563)
elif x == 10564:
    print(10564)
elif x == 10565:
    print(10565)
elif x == 10566:
    print(10566)
elif x == 10567:
    print(10567)
elif x == 10568:
    print(10568)
elif x == 10569:
    print(10569)
elif x == 10570:
    print(10570)
elif x == 10571:
    print(10571)
elif x == 10572:
    print(10572)
elif x == 10573:
    print(10573)
elif x == 10574:
    print(10574)
elif x == 10575:
    print(10575)
elif x == 10576:
    print(10576)
elif x == 10577:
    print(10577)
elif x == 10578:
    print(10578)
elif x == 10579:
    print(10579)
elif x == 10580:
    print(10580)
elif x == 10581:
    print(10581)
elif x == 10582:
    print(10582)
elif x == 10583:
    print(10583)
elif x == 10584:
    print(10584)
elif x == 10585:
    print(10585)
elif x == 10586:
    print(10586)
elif x == 10587:
    print(10587)
elif x == 10588:
    print(10588)
elif x == 10589:
    print(10589)
elif x == 10590:
    print(10590)
elif x == 10591:
    print(10591)
elif x == 10592:
    print(10592)
elif x == 10593:
    print(10593)
elif x == 10594:
    print(10594)
elif x == 10595:
    print(10595)
elif x == 10596:
    print(10596)
elif x == 10597:
    print(10597)
elif x == 10598:
    print(10598)
elif x == 10599:
    print(10599)
elif x == 10600:
    print(10600)
elif x == 10601:
    print(10601)
elif x == 10602:
    print(10602)
elif x == 10603:
    print(10603)
elif x == 10604:
    print(10604)
elif x == 10605:
    print(10605)
elif x == 10606:
    print(10606)
elif x == 10607:
    print(10607)
elif x == 10608:
    print(10608)
elif x == 10609:
    print(10609)
elif x == 10610:
    print(10610)
elif x == 10611:
    print(10611)
elif x == 10612:
    print(10612)
elif x == 10613:
    print(10613)
elif x == 10614:
    print(10614)
elif x == 10615:
    print(10615)
elif x == 10616:
    print(10616)
elif x == 10617:
    print(10617)
elif x == 10618:
    print(10618)
elif x == 10619:
    print(10619)
elif x == 10620:
    print(10620)
elif x == 10621:
    print(10621)
elif x == 10622:
    print(10622)
elif x == 10623:
    print(10623)
elif x == 10624:
    print(10624)
elif x == 10625:
    print(10625)
elif x == 10626:
    print(10626)
elif x == 10627:
    print(10627)
elif x == 10628:
    print(10628)
elif x == 10629:
    print(10629)
elif x == 10630:
    print(10630)
elif x == 10631:
    print(10631)
elif x == 10632:
    print(10632)
elif x == 10633:
    print(10633)
elif x == 10634:
    print(10634)
elif x == 10635:
    print(10635)
elif x == 10636:
    print(10636)
elif x == 10637:
    print(10637)
elif x == 10638:
    print(10638)
elif x == 10639:
    print(10639)
elif x == 10640:
    print(10640)
elif x == 10641:
    print(10641)
elif x == 10642:
    print(10642)
elif x == 10643:
    print(10643)
elif x == 10644:
    print(10644)
elif x == 10645:
    print(10645)
elif x == 10646:
    print(10646)
elif x == 10647:
    print(10647)
elif x == 10648:
    print(10648)
elif x == 10649:
    print(10649)
elif x == 10650:
    print(10650)
elif x == 10651:
    print(10651)
elif x == 10652:
    print(10652)
elif x == 10653:
    print(10653)
elif x == 10654:
    print(10654)
elif x == 10655:
    print(10655)
elif x == 10656:
    print(10656)
elif x == 10657:
    print(10657)
elif x == 10658:
    print(10658)
elif x == 10659:
    print(10659)
elif x == 10660:
    print(10660)
elif x == 10661:
    print(10661)
elif x == 10662:
    print(10662)
elif x == 10663:
    print(10663)
elif x == 10664:
    print(10664)
elif x == 10665:
    print(10665)
elif x == 10666:
    print(10666)
elif x == 10667:
    print(10667)
elif x == 10668:
    print(10668)
elif x == 10669:
    print(10669)
elif x == 10670:
    print(10670)
elif x == 10671:
    print(10671)
elif x == 10672:
    print(10672)
elif x == 10673:
    print(10673)
elif x == 10674:
    print(10674)
elif x == 10675:
    print(10675)
elif x == 10676:
    print(10676)
elif x == 10677:
    print(10677)
elif x == 10678:
    print(10678)
elif x == 10679:
    print(10679)
elif x == 10680:
    print(10680)
elif x == 10681:
    print(10681)
elif x == 10682:
    print(10682)
elif x == 10683:
    print(10683)
elif x == 10684:
    print(10684)
elif x == 10685:
    print(10685)
elif x == 10686:
    print(10686)
elif x == 10687:
    print(10687)
elif x == 10688:
    print(10688)
elif x == 10689:
    print(10689)
elif x == 10690:
    print(10690)
elif x == 10691:
    print(10691)
elif x == 10692:
    print(10692)
elif x == 10693:
    print(10693)
elif x == 10694:
    print(10694)
elif x == 10695:
    print(10695)
elif x == 10696:
    print(10696)
elif x == 10697:
    print(10697)
elif x == 10698:
    print(10698)
elif x == 10699:
    print(10699)
elif x == 10700:
    print(10700)
elif x == 10701:
    print(10701)
elif x == 10702:
    print(10702)
elif x == 10703:
    print(10703)
elif x == 10704:
    print(10704)
elif x == 10705:
    print(10705)
elif x == 10706:
    print(10706)
elif x == 10707:
    print(10707)
elif x == 10708:
    print(10708)
elif x == 10709:
    print(10709)
elif x == 10710:
    print(10710)
elif x == 10711:
    print(10711)
elif x == 10712:
    print(10712)
elif x == 10713:
    print(10713)
elif x == 10714:
    print(10714)
elif x == 10715:
    print(10715)
elif x == 10716:
    print(10716)
elif x == 10717:
    print(10717)
elif x == 10718:
    print(10718)
elif x == 10719:
    print(10719)
elif x == 10720:
    print(10720)
elif x == 10721:
    print(10721)
elif x == 10722:
    print(10722)
elif x == 10723:
    print(10723)
elif x == 10724:
    print(10724)
elif x == 10725:
    print(10725)
elif x == 10726:
    print(10726)
elif x == 10727:
    print(10727)
elif x == 10728:
    print(10728)
elif x == 10729:
    print(10729)
elif x == 10730:
    print(10730)
elif x == 10731:
    print(10731)
elif x == 10732:
    print(10732)
elif x == 10733:
    print(10733)
elif x == 10734:
    print(10734)
elif x == 10735:
    print(10735)
elif x == 10736:
    print(10736)
elif x == 10737:
    print(10737)
elif x == 10738:
    print(10738)
elif x == 10739:
    print(10739)
elif x == 10740:
    print(10740)
elif x == 10741:
    print(10741)
elif x == 10742:
    print(10742)
elif x == 10743:
    print(10743)
elif x == 10744:
    print(10744)
elif x == 10745:
    print(10745)
elif x == 10746:
    print(10746)
elif x == 10747:
    print(10747)
elif x == 10748:
    print(10748)
elif x == 10749:
    print(10749)
elif x == 10750:
    print(10750)
elif x == 10751:
    print(10751)
elif x == 10752:
    print(10752)
elif x == 10753:
    print(10753)
elif x == 10754:
    print(10754)
elif x == 10755:
    print(10755)
elif x == 10756:
    print(10756)
elif x == 10757:
    print(10757)
elif x == 10758:
    print(10758)
elif x == 10759:
    print(10759)
elif x == 10760:
    print(10760)
elif x == 10761:
    print(10761)
elif x == 10762:
    print(10762)
elif x == 10763:
    print(10763)
elif x == 10764:
    print(10764)
elif x == 10765:
    print(10765)
elif x == 10766:
    print(10766)
elif x == 10767:
    print(10767)
elif x == 10768:
    print(10768)
elif x == 10769:
    print(10769)
elif x == 10770:
    print(10770)
elif x == 10771:
    print(10771)
elif x == 10772:
    print(10772)
elif x == 10773:
    print(10773)
elif x == 10774:
    print(10774)
elif x == 10775:
    print(10775)
elif x == 10776:
    print(10776)
elif x == 10777:
    print(10777)
elif x == 10778:
    print(10778)
elif x == 10779:
    print(10779)
elif x == 10780:
    print(10780)
elif x == 10781:
    print(10781)
elif x == 10782:
    print(10782)
elif x == 10783:
    print(10783)
elif x == 10784:
    print(10784)
elif x == 10785:
    print(10785)
elif x == 10786:
    print(10786)
elif x == 10787:
    print(10787)
elif x == 10788:
    print(10788)
elif x == 10789:
    print(10789)
elif x == 10790:
    print(10790)
elif x == 10791:
    print(10791)
elif x == 10792:
    print(10792)
elif x == 10793:
    print(10793)
elif x == 10794:
    print(10794)
elif x == 10795:
    print(10795)
elif x == 10796:
    print(10796)
elif x == 10797:
    print(10797)
elif x == 10798:
    print(10798)
elif x == 10799:
    print(10799)
elif x == 10800:
    print(10800)
elif x == 10801:
    print(10801)
elif x == 10802:
    print(10802)
elif x == 10803:
    print(10803)
elif x == 10804:
    print(10804)
elif x == 10805:
    print(10805)
elif x == 10806:
    print(10806)
elif x == 10807:
    print(10807)
elif x == 10808:
    print(10808)
elif x == 10809:
    print(10809)
elif x == 10810:
    print(10810)
elif x == 10811:
    print(10811)
elif x == 10812:
    print(10812)
elif x == 10813:
    print(10813)
elif x == 10814:
    print(10814)
elif x == 10815:
    print(10815)
elif x == 10816:
    print(10816)
elif x == 10817:
    print(10817)
elif x == 10818:
    print(10818)
elif x == 10819:
    print(10819)
elif x == 10820:
    print(10820)
elif x == 10821:
    print(10821)
elif x == 10822:
    print(10822)
elif x == 10823:
    print(10823)
elif x == 10824:
    print(10824)
elif x == 10825:
    print(10825)
elif x == 10826:
    print(10826)
elif x == 10827:
    print(10827)
elif x == 10828:
    print(10828)
elif x == 10829:
    print(10829)
elif x == 10830:
    print(10830)
elif x == 10831:
    print(10831)
elif x == 10832:
    print(10832)
elif x == 10833:
    print(10833)
elif x == 10834:
    print(10834)
elif x == 10835:
    print(10835)
elif x == 10836:
    print(10836)
elif x == 10837:
    print(10837)
elif x == 10838:
    print(10838)
elif x == 10839:
    print(10839)
elif x == 10840:
    print(10840)
elif x == 10841:
    print(10841)
elif x == 10842:
    print(10842)
elif x == 10843:
    print(10843)
elif x == 10844:
    print(10844)
elif x == 10845:
    print(10845)
elif x == 10846:
    print(10846)
elif x == 10847:
    print(10847)
elif x == 10848:
    print(10848)
elif x == 10849:
    print(10849)
elif x == 10850:
    print(10850)
elif x == 10851:
    print(10851)
elif x == 10852:
    print(10852)
elif x == 10853:
    print(10853)
elif x == 10854:
    print(10854)
elif x == 10855:
    print(10855)
elif x == 10856:
    print(10856)
elif x == 10857:
    print(10857)
elif x == 10858:
    print(10858)
elif x == 10859:
    print(10859)
elif x == 10860:
    print(10860)
elif x == 10861:
    print(10861)
elif x == 10862:
    print(10862)
elif x == 10863:
    print(10863)
elif x == 10864:
    print(10864)
elif x == 10865:
    print(10865)
elif x == 10866:
    print(10866)
elif x == 10867:
    print(10867)
elif x == 10868:
    print(10868)
elif x == 10869:
    print(10869)
elif x == 10870:
    print(10870)
elif x == 10871:
    print(10871)
elif x == 10872:
    print(10872)
elif x == 10873:
    print(10873)
elif x == 10874:
    print(10874)
elif x == 10875:
    print(10875)
elif x == 10876:
    print(10876)
elif x == 10877:
    print(10877)
elif x == 10878:
    print(10878)
elif x == 10879:
    print(10879)
elif x == 10880:
    print(10880)
elif x == 10881:
    print(10881)
elif x == 10882:
    print(10882)
elif x == 10883:
    print(10883)
elif x == 10884:
    print(10884)
elif x == 10885:
    print(10885)
elif x == 10886:
    print(10886)
elif x == 10887:
    print(10887)
elif x == 10888:
    print(10888)
elif x == 10889:
    print(10889)
elif x == 10890:
    print(10890)
elif x == 10891:
    print(10891)
elif x == 10892:
    print(10892)
elif x == 10893:
    print(10893)
elif x == 10894:
    print(10894)
elif x == 10895:
    print(10895)
elif x == 10896:
    print(10896)
elif x == 10897:
    print(10897)
elif x == 10898:
    print(10898)
elif x == 10899:
    print(10899)
elif x == 10900:
    print(10900)
elif x == 10901:
    print(10901)
elif x == 10902:
    print(10902)
elif x == 10903:
    print(10903)
elif x == 10904:
    print(10904)
elif x == 10905:
    print(10905)
elif x == 10906:
    print(10906)
elif x == 10907:
    print(10907)
elif x == 10908:
    print(10908)
elif x == 10909:
    print(10909)
elif x == 10910:
    print(10910)
elif x == 10911:
    print(10911)
elif x == 10912:
    print(10912)
elif x == 10913:
    print(10913)
elif x == 10914:
    print(10914)
elif x == 10915:
    print(10915)
elif x == 10916:
    print(10916)
elif x == 10917:
    print(10917)
elif x == 10918:
    print(10918)
elif x == 10919:
    print(10919)
elif x == 10920:
    print(10920)
elif x == 10921:
    print(10921)
elif x == 10922:
    print(10922)
elif x == 10923:
    print(10923)
elif x == 10924:
    print(10924)
elif x == 10925:
    print(10925)
elif x == 10926:
    print(10926)
elif x == 10927:
    print(10927)
elif x == 10928:
    print(10928)
elif x == 10929:
    print(10929)
elif x == 10930:
    print(10930)
elif x == 10931:
    print(10931)
elif x == 10932:
    print(10932)
elif x == 10933:
    print(10933)
elif x == 10934:
    print(10934)
elif x == 10935:
    print(10935)
elif x == 10936:
    print(10936)
elif x == 10937:
    print(10937)
elif x == 10938:
    print(10938)
elif x == 10939:
    print(10939)
elif x == 10940:
    print(10940)
elif x == 10941:
    print(10941)
elif x == 10942:
    print(10942)
elif x == 10943:
    print(10943)
elif x == 10944:
    print(10944)
elif x == 10945:
    print(10945)
elif x == 10946:
    print(10946)
elif x == 10947:
    print(10947)
elif x == 10948:
    print(10948)
elif x == 10949:
    print(10949)
elif x == 10950:
    print(10950)
elif x == 10951:
    print(10951)
elif x == 10952:
    print(10952)
elif x == 10953:
    print(10953)
elif x == 10954:
    print(10954)
elif x == 10955:
    print(10955)
elif x == 10956:
    print(10956)
elif x == 10957:
    print(10957)
elif x == 10958:
    print(10958)
elif x == 10959:
    print(10959)
elif x == 10960:
    print(10960)
elif x == 10961:
    print(10961)
elif x == 10962:
    print(10962)
elif x == 10963:
    print(10963)
elif x == 10964:
    print(10964)
elif x == 10965:
    print(10965)
elif x == 10966:
    print(10966)
elif x == 10967:
    print(10967)
elif x == 10968:
    print(10968)
elif x == 10969:
    print(10969)
elif x == 10970:
    print(10970)
elif x == 10971:
    print(10971)
elif x == 10972:
    print(10972)
elif x == 10973:
    print(10973)
elif x == 10974:
    print(10974)
elif x == 10975:
    print(10975)
elif x == 10976:
    print(10976)
elif x == 10977:
    print(10977)
elif x == 10978:
    print(10978)
elif x == 10979:
    print(10979)
elif x == 10980:
    print(10980)
elif x == 10981:
    print(10981)
elif x == 10982:
    print(10982)
elif x == 10983:
    print(10983)
elif x == 10984:
    print(10984)
elif x == 10985:
    print(10985)
elif x == 10986:
    print(10986)
elif x == 10987:
    print(10987)
elif x == 10988:
    print(10988)
elif x == 10989:
    print(10989)
elif x == 10990:
    print(10990)
elif x == 10991:
    print(10991)
elif x == 10992:
    print(10992)
elif x == 10993:
    print(10993)
elif x == 10994:
    print(10994)
elif x == 10995:
    print(10995)
elif x == 10996:
    print(10996)
elif x == 10997:
    print(10997)
elif x == 10998:
    print(10998)
elif x == 10999:
    print(10999)
elif x == 11000:
    print(11000)
elif x == 11001:
    print(11001)
elif x == 11002:
    print(11002)
elif x == 11003:
    print(11003)
elif x == 11004:
    print(11004)
elif x == 11005:
    print(11005)
elif x == 11006:
    print(11006)
elif x == 11007:
    print(11007)
elif x == 11008:
    print(11008)
elif x == 11009:
    print(11009)
elif x == 11010:
    print(11010)
elif x == 11011:
    print(11011)
elif x == 11012:
    print(11012)
elif x == 11013:
    print(11013)
elif x == 11014:
    print(11014)
elif x == 11015:
    print(11015)
elif x == 11016:
    print(11016)
elif x == 11017:
    print(11017)
elif x == 11018:
    print(11018)
elif x == 11019:
    print(11019)
elif x == 11020:
    print(11020)
elif x == 11021:
    print(11021)
elif x == 11022:
    print(11022)
elif x == 11023:
    print(11023)
elif x == 11024:
    print(11024)
elif x == 11025:
    print(11025)
elif x == 11026:
    print(11026)
elif x == 11027:
    print(11027)
elif x == 11028:
    print(11028)
elif x == 11029:
    print(11029)
elif x == 11030:
    print(11030)
elif x == 11031:
    print(11031)
elif x == 11032:
    print(11032)
elif x == 11033:
    print(11033)
elif x == 11034:
    print(11034)
elif x == 11035:
    print(11035)
elif x == 11036:
    print(11036)
elif x == 11037:
    print(11037)
elif x == 11038:
    print(11038)
elif x == 11039:
    print(11039)
elif x == 11040:
    print(11040)
elif x == 11041:
    print(11041)
elif x == 11042:
    print(11042)
elif x == 11043:
    print(11043)
elif x == 11044:
    print(11044)
elif x == 11045:
    print(11045)
elif x == 11046:
    print(11046)
elif x == 11047:
    print(11047)
elif x == 11048:
    print(11048)
elif x == 11049:
    print(11049)
elif x == 11050:
    print(11050)
elif x == 11051:
    print(11051)
elif x == 11052:
    print(11052)
elif x == 11053:
    print(11053)
elif x == 11054:
    print(11054)
elif x == 11055:
    print(11055)
elif x == 11056:
    print(11056)
elif x == 11057:
    print(11057)
elif x == 11058:
    print(11058)
elif x == 11059:
    print(11059)
elif x == 11060:
    print(11060)
elif x == 11061:
    print(11061)
elif x == 11062:
    print(11062)
elif x == 11063:
    print(11063)
elif x == 11064:
    print(11064)
elif x == 11065:
    print(11065)
elif x == 11066:
    print(11066)
elif x == 11067:
    print(11067)
elif x == 11068:
    print(11068)
elif x == 11069:
    print(11069)
elif x == 11070:
    print(11070)
elif x == 11071:
    print(11071)
elif x == 11072:
    print(11072)
elif x == 11073:
    print(11073)
elif x == 11074:
    print(11074)
elif x == 11075:
    print(11075)
elif x == 11076:
    print(11076)
elif x == 11077:
    print(11077)
elif x == 11078:
    print(11078)
elif x == 11079:
    print(11079)
elif x == 11080:
    print(11080)
elif x == 11081:
    print(11081)
elif x == 11082:
    print(11082)
elif x == 11083:
    print(11083)
elif x == 11084:
    print(11084)
elif x == 11085:
    print(11085)
elif x == 11086:
    print(11086)
elif x == 11087:
    print(11087)
elif x == 11088:
    print(11088)
elif x == 11089:
    print(11089)
elif x == 11090:
    print(11090)
elif x == 11091:
    print(11091)
elif x == 11092:
    print(11092)
elif x == 11093:
    print(11093)
elif x == 11094:
    print(11094)
elif x == 11095:
    print(11095)
elif x == 11096:
    print(11096)
elif x == 11097:
    print(11097)
elif x == 11098:
    print(11098)
elif x == 11099:
    print(11099)
elif x == 11100:
    print(11100)
elif x == 11101:
    print(11101)
elif x == 11102:
    print(11102)
elif x == 11103:
    print(11103)
elif x == 11104:
    print(11104)
elif x == 11105:
    print(11105)
elif x == 11106:
    print(11106)
elif x == 11107:
    print(11107)
elif x == 11108:
    print(11108)
elif x == 11109:
    print(11109)
elif x == 11110:
    print(11110)
elif x == 11111:
    print(11111)
elif x == 11112:
    print(11112)
elif x == 11113:
    print(11113)
elif x == 11114:
    print(11114)
elif x == 11115:
    print(11115)
elif x == 11116:
    print(11116)
elif x == 11117:
    print(11117)
elif x == 11118:
    print(11118)
elif x == 11119:
    print(11119)
elif x == 11120:
    print(11120)
elif x == 11121:
    print(11121)
elif x == 11122:
    print(11122)
elif x == 11123:
    print(11123)
elif x == 11124:
    print(11124)
elif x == 11125:
    print(11125)
elif x == 11126:
    print(11126)
elif x == 11127:
    print(11127)
elif x == 11128:
    print(11128)
elif x == 11129:
    print(11129)
elif x == 11130:
    print(11130)
elif x == 11131:
    print(11131)
elif x == 11132:
    print(11132)
elif x == 11133:
    print(11133)
elif x == 11134:
    print(11134)
elif x == 11135:
    print(11135)
elif x == 11136:
    print(11136)
elif x == 11137:
    print(11137)
elif x == 11138:
    print(11138)
elif x == 11139:
    print(11139)
elif x == 11140:
    print(11140)
elif x == 11141:
    print(11141)
elif x == 11142:
    print(11142)
elif x == 11143:
    print(11143)
elif x == 11144:
    print(11144)
elif x == 11145:
    print(11145)
elif x == 11146:
    print(11146)
elif x == 11147:
    print(11147)
elif x == 11148:
    print(11148)
elif x == 11149:
    print(11149)
elif x == 11150:
    print(11150)
elif x == 11151:
    print(11151)
elif x == 11152:
    print(11152)
elif x == 11153:
    print(11153)
elif x == 11154:
    print(11154)
elif x == 11155:
    print(11155)
elif x == 11156:
    print(11156)
elif x == 11157:
    print(11157)
elif x == 11158:
    print(11158)
elif x == 11159:
    print(11159)
elif x == 11160:
    print(11160)
elif x == 11161:
    print(11161)
elif x == 11162:
    print(11162)
elif x == 11163:
    print(11163)
elif x == 11164:
    print(11164)
elif x == 11165:
    print(11165)
elif x == 11166:
    print(11166)
elif x == 11167:
    print(11167)
elif x == 11168:
    print(11168)
elif x == 11169:
    print(11169)
elif x == 11170:
    print(11170)
elif x == 11171:
    print(11171)
elif x == 11172:
    print(11172)
elif x == 11173:
    print(11173)
elif x == 11174:
    print(11174)
elif x == 11175:
    print(11175)
elif x == 11176:
    print(11176)
elif x == 11177:
    print(11177)
elif x == 11178:
    print(11178)
elif x == 11179:
    print(11179)
elif x == 11180:
    print(11180)
elif x == 11181:
    print(11181)
elif x == 11182:
    print(11182)
elif x == 11183:
    print(11183)
elif x == 11184:
    print(11184)
elif x == 11185:
    print(11185)
elif x == 11186:
    print(11186)
elif x == 11187:
    print(11187)
elif x == 11188:
    print(11188)
elif x == 11189:
    print(11189)
elif x == 11190:
    print(11190)
elif x == 11191:
    print(11191)
elif x == 11192:
    print(11192)
elif x == 11193:
    print(11193)
elif x == 11194:
    print(11194)
elif x == 11195:
    print(11195)
elif x == 11196:
    print(11196)
elif x == 11197:
    print(11197)
elif x == 11198:
    print(11198)
elif x == 11199:
    print(11199)
elif x == 11200:
    print(11200)
elif x == 11201:
    print(11201)
elif x == 11202:
    print(11202)
elif x == 11203:
    print(11203)
elif x == 11204:
    print(11204)
elif x == 11205:
    print(11205)
elif x == 11206:
    print(11206)
elif x == 11207:
    print(11207)
elif x == 11208:
    print(11208)
elif x == 11209:
    print(11209)
elif x == 11210:
    print(11210)
elif x == 11211:
    print(11211)
elif x == 11212:
    print(11212)
elif x == 11213:
    print(11213)
elif x == 11214:
    print(11214)
elif x == 11215:
    print(11215)
elif x == 11216:
    print(11216)
elif x == 11217:
    print(11217)
elif x == 11218:
    print(11218)
elif x == 11219:
    print(11219)
elif x == 11220:
    print(11220)
elif x == 11221:
    print(11221)
elif x == 11222:
    print(11222)
elif x == 11223:
    print(11223)
elif x == 11224:
    print(11224)
elif x == 11225:
    print(11225)
elif x == 11226:
    print(11226)
elif x == 11227:
    print(11227)
elif x == 11228:
    print(11228)
elif x == 11229:
    print(11229)
elif x == 11230:
    print(11230)
elif x == 11231:
    print(11231)
elif x == 11232:
    print(11232)
elif x == 11233:
    print(11233)
elif x == 11234:
    print(11234)
elif x == 11235:
    print(11235)
elif x == 11236:
    print(11236)
elif x == 11237:
    print(11237)
elif x == 11238:
    print(11238)
elif x == 11239:
    print(11239)
elif x == 11240:
    print(11240)
elif x == 11241:
    print(11241)
elif x == 11242:
    print(11242)
elif x == 11243:
    print(11243)
elif x == 11244:
    print(11244)
elif x == 11245:
    print(11245)
elif x == 11246:
    print(11246)
elif x == 11247:
    print(11247)
elif x == 11248:
    print(11248)
elif x == 11249:
    print(11249)
elif x == 11250:
    print(11250)
elif x == 11251:
    print(11251)
elif x == 11252:
    print(11252)
elif x == 11253:
    print(11253)
elif x == 11254:
    print(11254)
elif x == 11255:
    print(11255)
elif x == 11256:
    print(11256)
elif x == 11257:
    print(11257)
elif x == 11258:
    print(11258)
elif x == 11259:
    print(11259)
elif x == 11260:
    print(11260)
elif x == 11261:
    print(11261)
elif x == 11262:
    print(11262)
elif x == 11263:
    print(11263)
elif x == 11264:
    print(11264)
elif x == 11265:
    print(11265)
elif x == 11266:
    print(11266)
elif x == 11267:
    print(11267)
elif x == 11268:
    print(11268)
elif x == 11269:
    print(11269)
elif x == 11270:
    print(11270)
elif x == 11271:
    print(11271)
elif x == 11272:
    print(11272)
elif x == 11273:
    print(11273)
elif x == 11274:
    print(11274)
elif x == 11275:
    print(11275)
elif x == 11276:
    print(11276)
elif x == 11277:
    print(11277)
elif x == 11278:
    print(11278)
elif x == 11279:
    print(11279)
elif x == 11280:
    print(11280)
elif x == 11281:
    print(11281)
elif x == 11282:
    print(11282)
elif x == 11283:
    print(11283)
elif x == 11284:
    print(11284)
elif x == 11285:
    print(11285)
elif x == 11286:
    print(11286)
elif x == 11287:
    print(11287)
elif x == 11288:
    print(11288)
elif x == 11289:
    print(11289)
elif x == 11290:
    print(11290)
elif x == 11291:
    print(11291)
elif x == 11292:
    print(11292)
elif x == 11293:
    print(11293)
elif x == 11294:
    print(11294)
elif x == 11295:
    print(11295)
elif x == 11296:
    print(11296)
elif x == 11297:
    print(11297)
elif x == 11298:
    print(11298)
elif x == 11299:
    print(11299)
elif x == 11300:
    print(11300)
elif x == 11301:
    print(11301)
elif x == 11302:
    print(11302)
elif x == 11303:
    print(11303)
elif x == 11304:
    print(11304)
elif x == 11305:
    print(11305)
elif x == 11306:
    print(11306)
elif x == 11307:
    print(11307)
elif x == 11308:
    print(11308)
elif x == 11309:
    print(11309)
elif x == 11310:
    print(11310)
elif x == 11311:
    print(11311)
elif x == 11312:
    print(11312)
elif x == 11313:
    print(11313)
elif x == 11314:
    print(11314)
elif x == 11315:
    print(11315)
elif x == 11316:
    print(11316)
elif x == 11317:
    print(11317)
elif x == 11318:
    print(11318)
elif x == 11319:
    print(11319)
elif x == 11320:
    print(11320)
elif x == 11321:
    print(11321)
elif x == 11322:
    print(11322)
elif x == 11323:
    print(11323)
elif x == 11324:
    print(11324)
elif x == 11325:
    print(11325)
elif x == 11326:
    print(11326)
elif x == 11327:
    print(11327)
elif x == 11328:
    print(11328)
elif x == 11329:
    print(11329)
elif x == 11330:
    print(11330)
elif x == 11331:
    print(11331)
elif x == 11332:
    print(11332)
elif x == 11333:
    print(11333)
elif x == 11334:
    print(11334)
elif x == 11335:
    print(11335)
elif x == 11336:
    print(11336)
elif x == 11337:
    print(11337)
elif x == 11338:
    print(11338)
elif x == 11339:
    print(11339)
elif x == 11340:
    print(11340)
elif x == 11341:
    print(11341)
elif x == 11342:
    print(11342)
elif x == 11343:
    print(11343)
elif x == 11344:
    print(11344)
elif x == 11345:
    print(11345)
elif x == 11346:
    print(11346)
elif x == 11347:
    print(11347)
elif x == 11348:
    print(11348)
elif x == 11349:
    print(11349)
elif x == 11350:
    print(11350)
elif x == 11351:
    print(11351)
elif x == 11352:
    print(11352)
elif x == 11353:
    print(11353)
elif x == 11354:
    print(11354)
elif x == 11355:
    print(11355)
elif x == 11356:
    print(11356)
elif x == 11357:
    print(11357)
elif x == 11358:
    print(11358)
elif x == 11359:
    print(11359)
elif x == 11360:
    print(11360)
elif x == 11361:
    print(11361)
elif x == 11362:
    print(11362)
elif x == 11363:
    print(11363)
elif x == 11364:
    print(11364)
elif x == 11365:
    print(11365)
elif x == 11366:
    print(11366)
elif x == 11367:
    print(11367)
elif x == 11368:
    print(11368)
elif x == 11369:
    print(11369)
elif x == 11370:
    print(11370)
elif x == 11371:
    print(11371)
elif x == 11372:
    print(11372)
elif x == 11373:
    print(11373)
elif x == 11374:
    print(11374)
elif x == 11375:
    print(11375)
elif x == 11376:
    print(11376)
elif x == 11377:
    print(11377)
elif x == 11378:
    print(11378)
elif x == 11379:
    print(11379)
elif x == 11380:
    print(11380)
elif x == 11381:
    print(11381)
elif x == 11382:
    print(11382)
elif x == 11383:
    print(11383)
elif x == 11384:
    print(11384)
elif x == 11385:
    print(11385)
elif x == 11386:
    print(11386)
elif x == 11387:
    print(11387)
elif x == 11388:
    print(11388)
elif x == 11389:
    print(11389)
elif x == 11390:
    print(11390)
elif x == 11391:
    print(11391)
elif x == 11392:
    print(11392)
elif x == 11393:
    print(11393)
elif x == 11394:
    print(11394)
elif x == 11395:
    print(11395)
elif x == 11396:
    print(11396)
elif x == 11397:
    print(11397)
elif x == 11398:
    print(11398)
elif x == 11399:
    print(11399)
elif x == 11400:
    print(11400)
elif x == 11401:
    print(11401)
elif x == 11402:
    print(11402)
elif x == 11403:
    print(11403)
elif x == 11404:
    print(11404)
elif x == 11405:
    print(11405)
elif x == 11406:
    print(11406)
elif x == 11407:
    print(11407)
elif x == 11408:
    print(11408)
elif x == 11409:
    print(11409)
elif x == 11410:
    print(11410)
elif x == 11411:
    print(11411)
elif x == 11412:
    print(11412)
elif x == 11413:
    print(11413)
elif x == 11414:
    print(11414)
elif x == 11415:
    print(11415)
elif x == 11416:
    print(11416)
elif x == 11417:
    print(11417)
elif x == 11418:
    print(11418)
elif x == 11419:
    print(11419)
elif x == 11420:
    print(11420)
elif x == 11421:
    print(11421)
elif x == 11422:
    print(11422)
elif x == 11423:
    print(11423)
elif x == 11424:
    print(11424)
elif x == 11425:
    print(11425)
elif x == 11426:
    print(11426)
elif x == 11427:
    print(11427)
elif x == 11428:
    print(11428)
elif x == 11429:
    print(11429)
elif x == 11430:
    print(11430)
elif x == 11431:
    print(11431)
elif x == 11432:
    print(11432)
elif x == 11433:
    print(11433)
elif x == 11434:
    print(11434)
elif x == 11435:
    print(11435)
elif x == 11436:
    print(11436)
elif x == 11437:
    print(11437)
elif x == 11438:
    print(11438)
elif x == 11439:
    print(11439)
elif x == 11440:
    print(11440)
elif x == 11441:
    print(11441)
elif x == 11442:
    print(11442)
elif x == 11443:
    print(11443)
elif x == 11444:
    print(11444)
elif x == 11445:
    print(11445)
elif x == 11446:
    print(11446)
elif x == 11447:
    print(11447)
elif x == 11448:
    print(11448)
elif x == 11449:
    print(11449)
elif x == 11450:
    print(11450)
elif x == 11451:
    print(11451)
elif x == 11452:
    print(11452)
elif x == 11453:
    print(11453)
elif x == 11454:
    print(11454)
elif x == 11455:
    print(11455)
elif x == 11456:
    print(11456)
elif x == 11457:
    print(11457)
elif x == 11458:
    print(11458)
elif x == 11459:
    print(11459)
elif x == 11460:
    print(11460)
elif x == 11461:
    print(11461)
elif x == 11462:
    print(11462)
elif x == 11463:
    print(11463)
elif x == 11464:
    print(11464)
elif x == 11465:
    print(11465)
elif x == 11466:
    print(11466)
elif x == 11467:
    print(11467)
elif x == 11468:
    print(11468)
elif x == 11469:
    print(11469)
elif x == 11470:
    print(11470)
elif x == 11471:
    print(11471)
elif x == 11472:
    print(11472)
elif x == 11473:
    print(11473)
elif x == 11474:
    print(11474)
elif x == 11475:
    print(11475)
elif x == 11476:
    print(11476)
elif x == 11477:
    print(11477)
elif x == 11478:
    print(11478)
elif x == 11479:
    print(11479)
elif x == 11480:
    print(11480)
elif x == 11481:
    print(11481)
elif x == 11482:
    print(11482)
elif x == 11483:
    print(11483)
elif x == 11484:
    print(11484)
elif x == 11485:
    print(11485)
elif x == 11486:
    print(11486)
elif x == 11487:
    print(11487)
elif x == 11488:
    print(11488)
elif x == 11489:
    print(11489)
elif x == 11490:
    print(11490)
elif x == 11491:
    print(11491)
elif x == 11492:
    print(11492)
elif x == 11493:
    print(11493)
elif x == 11494:
    print(11494)
elif x == 11495:
    print(11495)
elif x == 11496:
    print(11496)
elif x == 11497:
    print(11497)
elif x == 11498:
    print(11498)
elif x == 11499:
    print(11499)
elif x == 11500:
    print(11500)
elif x == 11501:
    print(11501)
elif x == 11502:
    print(11502)
elif x == 11503:
    print(11503)
elif x == 11504:
    print(11504)
elif x == 11505:
    print(11505)
elif x == 11506:
    print(11506)
elif x == 11507:
    print(11507)
elif x == 11508:
    print(11508)
elif x == 11509:
    print(11509)
elif x == 11510:
    print(11510)
elif x == 11511:
    print(11511)
elif x == 11512:
    print(11512)
elif x == 11513:
    print(11513)
elif x == 11514:
    print(11514)
elif x == 11515:
    print(11515)
elif x == 11516:
    print(11516)
elif x == 11517:
    print(11517)
elif x == 11518:
    print(11518)
elif x == 11519:
    print(11519)
elif x == 11520:
    print(11520)
elif x == 11521:
    print(11521)
elif x == 11522:
    print(11522)
elif x == 11523:
    print(11523)
elif x == 11524:
    print(11524)
elif x == 11525:
    print(11525)
elif x == 11526:
    print(11526)
elif x == 11527:
    print(11527)
elif x == 11528:
    print(11528)
elif x == 11529:
    print(11529)
elif x == 11530:
    print(11530)
elif x == 11531:
    print(11531)
elif x == 11532:
    print(11532)
elif x == 11533:
    print(11533)
elif x == 11534:
    print(11534)
elif x == 11535:
    print(11535)
elif x == 11536:
    print(11536)
elif x == 11537:
    print(11537)
elif x == 11538:
    print(11538)
elif x == 11539:
    print(11539)
elif x == 11540:
    print(11540)
elif x == 11541:
    print(11541)
elif x == 11542:
    print(11542)
elif x == 11543:
    print(11543)
elif x == 11544:
    print(11544)
elif x == 11545:
    print(11545)
elif x == 11546:
    print(11546)
elif x == 11547:
    print(11547)
elif x == 11548:
    print(11548)
elif x == 11549:
    print(11549)
elif x == 11550:
    print(11550)
elif x == 11551:
    print(11551)
elif x == 11552:
    print(11552)
elif x == 11553:
    print(11553)
elif x == 11554:
    print(11554)
elif x == 11555:
    print(11555)
elif x == 11556:
    print(11556)
elif x == 11557:
    print(11557)
elif x == 11558:
    print(11558)
elif x == 11559:
    print(11559)
elif x == 11560:
    print(11560)
elif x == 11561:
    print(11561)
elif x == 11562:
    print(11562)
elif x == 11563:
    print(11563)
elif x == 11564:
    print(11564)
elif x == 11565:
    print(11565)
elif x == 11566:
    print(11566)
elif x == 11567:
    print(11567)
elif x == 11568:
    print(11568)
elif x == 11569:
    print(11569)
elif x == 11570:
    print(11570)
elif x == 11571:
    print(11571)
elif x == 11572:
    print(11572)
elif x == 11573:
    print(11573)
elif x == 11574:
    print(11574)
elif x == 11575:
    print(11575)
elif x == 11576:
    print(11576)
elif x == 11577:
    print(11577)
elif x == 11578:
    print(11578)
elif x == 11579:
    print(11579)
elif x == 11580:
    print(11580)
elif x == 11581:
    print(11581)
elif x == 11582:
    print(11582)
elif x == 11583:
    print(11583)
elif x == 11584:
    print(11584)
elif x == 11585:
    print(11585)
elif x == 11586:
    print(11586)
elif x == 11587:
    print(11587)
elif x == 11588:
    print(11588)
elif x == 11589:
    print(11589)
elif x == 11590:
    print(11590)
elif x == 11591:
    print(11591)
elif x == 11592:
    print(11592)
elif x == 11593:
    print(11593)
elif x == 11594:
    print(11594)
elif x == 11595:
    print(11595)
elif x == 11596:
    print(11596)
elif x == 11597:
    print(11597)
elif x == 11598:
    print(11598)
elif x == 11599:
    print(11599)
elif x == 11600:
    print(11600)
elif x == 11601:
    print(11601)
elif x == 11602:
    print(11602)
elif x == 11603:
    print(11603)
elif x == 11604:
    print(11604)
elif x == 11605:
    print(11605)
elif x == 11606:
    print(11606)
elif x == 11607:
    print(11607)
elif x == 11608:
    print(11608)
elif x == 11609:
    print(11609)
elif x == 11610:
    print(11610)
elif x == 11611:
    print(11611)
elif x == 11612:
    print(11612)
elif x == 11613:
    print(11613)
elif x == 11614:
    print(11614)
elif x == 11615:
    print(11615)
elif x == 11616:
    print(11616)
elif x == 11617:
    print(11617)
elif x == 11618:
    print(11618)
elif x == 11619:
    print(11619)
elif x == 11620:
    print(11620)
elif x == 11621:
    print(11621)
elif x == 11622:
    print(11622)
elif x == 11623:
    print(11623)
elif x == 11624:
    print(11624)
elif x == 11625:
    print(11625)
elif x == 11626:
    print(11626)
elif x == 11627:
    print(11627)
elif x == 11628:
    print(11628)
elif x == 11629:
    print(11629)
elif x == 11630:
    print(11630)
elif x == 11631:
    print(11631)
elif x == 11632:
    print(11632)
elif x == 11633:
    print(11633)
elif x == 11634:
    print(11634)
elif x == 11635:
    print(11635)
elif x == 11636:
    print(11636)
elif x == 11637:
    print(11637)
elif x == 11638:
    print(11638)
elif x == 11639:
    print(11639)
elif x == 11640:
    print(11640)
elif x == 11641:
    print(11641)
elif x == 11642:
    print(11642)
elif x == 11643:
    print(11643)
elif x == 11644:
    print(11644)
elif x == 11645:
    print(11645)
elif x == 11646:
    print(11646)
elif x == 11647:
    print(11647)
elif x == 11648:
    print(11648)
elif x == 11649:
    print(11649)
elif x == 11650:
    print(11650)
elif x == 11651:
    print(11651)
elif x == 11652:
    print(11652)
elif x == 11653:
    print(11653)
elif x == 11654:
    print(11654)
elif x == 11655:
    print(11655)
elif x == 11656:
    print(11656)
elif x == 11657:
    print(11657)
elif x == 11658:
    print(11658)
elif x == 11659:
    print(11659)
elif x == 11660:
    print(11660)
elif x == 11661:
    print(11661)
elif x == 11662:
    print(11662)
elif x == 11663:
    print(11663)
elif x == 11664:
    print(11664)
elif x == 11665:
    print(11665)
elif x == 11666:
    print(11666)
elif x == 11667:
    print(11667)
elif x == 11668:
    print(11668)
elif x == 11669:
    print(11669)
elif x == 11670:
    print(11670)
elif x == 11671:
    print(11671)
elif x == 11672:
    print(11672)
elif x == 11673:
    print(11673)
elif x == 11674:
    print(11674)
elif x == 11675:
    print(11675)
elif x == 11676:
    print(11676)
elif x == 11677:
    print(11677)
elif x == 11678:
    print(11678)
elif x == 11679:
    print(11679)
elif x == 11680:
    print(11680)
elif x == 11681:
    print(11681)
elif x == 11682:
    print(11682)
elif x == 11683:
    print(11683)
elif x == 11684:
    print(11684)
elif x == 11685:
    print(11685)
elif x == 11686:
    print(11686)
elif x == 11687:
    print(11687)
elif x == 11688:
    print(11688)
elif x == 11689:
    print(11689)
elif x == 11690:
    print(11690)
elif x == 11691:
    print(11691)
elif x == 11692:
    print(11692)
elif x == 11693:
    print(11693)
elif x == 11694:
    print(11694)
elif x == 11695:
    print(11695)
elif x == 11696:
    print(11696)
elif x == 11697:
    print(11697)
elif x == 11698:
    print(11698)
elif x == 11699:
    print(11699)
elif x == 11700:
    print(11700)
elif x == 11701:
    print(11701)
elif x == 11702:
    print(11702)
elif x == 11703:
    print(11703)
elif x == 11704:
    print(11704)
elif x == 11705:
    print(11705)
elif x == 11706:
    print(11706)
elif x == 11707:
    print(11707)
elif x == 11708:
    print(11708)
elif x == 11709:
    print(11709)
elif x == 11710:
    print(11710)
elif x == 11711:
    print(11711)
elif x == 11712:
    print(11712)
elif x == 11713:
    print(11713)
elif x == 11714:
    print(11714)
elif x == 11715:
    print(11715)
elif x == 11716:
    print(11716)
elif x == 11717:
    print(11717)
elif x == 11718:
    print(11718)
elif x == 11719:
    print(11719)
elif x == 11720:
    print(11720)
elif x == 11721:
    print(11721)
elif x == 11722:
    print(11722)
elif x == 11723:
    print(11723)
elif x == 11724:
    print(11724)
elif x == 11725:
    print(11725)
elif x == 11726:
    print(11726)
elif x == 11727:
    print(11727)
elif x == 11728:
    print(11728)
elif x == 11729:
    print(11729)
elif x == 11730:
    print(11730)
elif x == 11731:
    print(11731)
elif x == 11732:
    print(11732)
elif x == 11733:
    print(11733)
elif x == 11734:
    print(11734)
elif x == 11735:
    print(11735)
elif x == 11736:
    print(11736)
elif x == 11737:
    print(11737)
elif x == 11738:
    print(11738)
elif x == 11739:
    print(11739)
elif x == 11740:
    print(11740)
elif x == 11741:
    print(11741)
elif x == 11742:
    print(11742)
elif x == 11743:
    print(11743)
elif x == 11744:
    print(11744)
elif x == 11745:
    print(11745)
elif x == 11746:
    print(11746)
elif x == 11747:
    print(11747)
elif x == 11748:
    print(11748)
elif x == 11749:
    print(11749)
elif x == 11750:
    print(11750)
elif x == 11751:
    print(11751)
elif x == 11752:
    print(11752)
elif x == 11753:
    print(11753)
elif x == 11754:
    print(11754)
elif x == 11755:
    print(11755)
elif x == 11756:
    print(11756)
elif x == 11757:
    print(11757)
elif x == 11758:
    print(11758)
elif x == 11759:
    print(11759)
elif x == 11760:
    print(11760)
elif x == 11761:
    print(11761)
elif x == 11762:
    print(11762)
elif x == 11763:
    print(11763)
elif x == 11764:
    print(11764)
elif x == 11765:
    print(11765)
elif x == 11766:
    print(11766)
elif x == 11767:
    print(11767)
elif x == 11768:
    print(11768)
elif x == 11769:
    print(11769)
elif x == 11770:
    print(11770)
elif x == 11771:
    print(11771)
elif x == 11772:
    print(11772)
elif x == 11773:
    print(11773)
elif x == 11774:
    print(11774)
elif x == 11775:
    print(11775)
elif x == 11776:
    print(11776)
elif x == 11777:
    print(11777)
elif x == 11778:
    print(11778)
elif x == 11779:
    print(11779)
elif x == 11780:
    print(11780)
elif x == 11781:
    print(11781)
elif x == 11782:
    print(11782)
elif x == 11783:
    print(11783)
elif x == 11784:
    print(11784)
elif x == 11785:
    print(11785)
elif x == 11786:
    print(11786)
elif x == 11787:
    print(11787)
elif x == 11788:
    print(11788)
elif x == 11789:
    print(11789)
elif x == 11790:
    print(11790)
elif x == 11791:
    print(11791)
elif x == 11792:
    print(11792)
elif x == 11793:
    print(11793)
elif x == 11794:
    print(11794)
elif x == 11795:
    print(11795)
elif x == 11796:
    print(11796)
elif x == 11797:
    print(11797)
elif x == 11798:
    print(11798)
elif x == 11799:
    print(11799)
elif x == 11800:
    print(11800)
elif x == 11801:
    print(11801)
elif x == 11802:
    print(11802)
elif x == 11803:
    print(11803)
elif x == 11804:
    print(11804)
elif x == 11805:
    print(11805)
elif x == 11806:
    print(11806)
elif x == 11807:
    print(11807)
elif x == 11808:
    print(11808)
elif x == 11809:
    print(11809)
elif x == 11810:
    print(11810)
elif x == 11811:
    print(11811)
elif x == 11812:
    print(11812)
elif x == 11813:
    print(11813)
elif x == 11814:
    print(11814)
elif x == 11815:
    print(11815)
elif x == 11816:
    print(11816)
elif x == 11817:
    print(11817)
elif x == 11818:
    print(11818)
elif x == 11819:
    print(11819)
elif x == 11820:
    print(11820)
elif x == 11821:
    print(11821)
elif x == 11822:
    print(11822)
elif x == 11823:
    print(11823)
elif x == 11824:
    print(11824)
elif x == 11825:
    print(11825)
elif x == 11826:
    print(11826)
elif x == 11827:
    print(11827)
elif x == 11828:
    print(11828)
elif x == 11829:
    print(11829)
elif x == 11830:
    print(11830)
elif x == 11831:
    print(11831)
elif x == 11832:
    print(11832)
elif x == 11833:
    print(11833)
elif x == 11834:
    print(11834)
elif x == 11835:
    print(11835)
elif x == 11836:
    print(11836)
elif x == 11837:
    print(11837)
elif x == 11838:
    print(11838)
elif x == 11839:
    print(11839)
elif x == 11840:
    print(11840)
elif x == 11841:
    print(11841)
elif x == 11842:
    print(11842)
elif x == 11843:
    print(11843)
elif x == 11844:
    print(11844)
elif x == 11845:
    print(11845)
elif x == 11846:
    print(11846)
elif x == 11847:
    print(11847)
elif x == 11848:
    print(11848)
elif x == 11849:
    print(11849)
elif x == 11850:
    print(11850)
elif x == 11851:
    print(11851)
elif x == 11852:
    print(11852)
elif x == 11853:
    print(11853)
elif x == 11854:
    print(11854)
elif x == 11855:
    print(11855)
elif x == 11856:
    print(11856)
elif x == 11857:
    print(11857)
elif x == 11858:
    print(11858)
elif x == 11859:
    print(11859)
elif x == 11860:
    print(11860)
elif x == 11861:
    print(11861)
elif x == 11862:
    print(11862)
elif x == 11863:
    print(11863)
elif x == 11864:
    print(11864)
elif x == 11865:
    print(11865)
elif x == 11866:
    print(11866)
elif x == 11867:
    print(11867)
elif x == 11868:
    print(11868)
elif x == 11869:
    print(11869)
elif x == 11870:
    print(11870)
elif x == 11871:
    print(11871)
elif x == 11872:
    print(11872)
elif x == 11873:
    print(11873)
elif x == 11874:
    print(11874)
elif x == 11875:
    print(11875)
elif x == 11876:
    print(11876)
elif x == 11877:
    print(11877)
elif x == 11878:
    print(11878)
elif x == 11879:
    print(11879)
elif x == 11880:
    print(11880)
elif x == 11881:
    print(11881)
elif x == 11882:
    print(11882)
elif x == 11883:
    print(11883)
elif x == 11884:
    print(11884)
elif x == 11885:
    print(11885)
elif x == 11886:
    print(11886)
elif x == 11887:
    print(11887)
elif x == 11888:
    print(11888)
elif x == 11889:
    print(11889)
elif x == 11890:
    print(11890)
elif x == 11891:
    print(11891)
elif x == 11892:
    print(11892)
elif x == 11893:
    print(11893)
elif x == 11894:
    print(11894)
elif x == 11895:
    print(11895)
elif x == 11896:
    print(11896)
elif x == 11897:
    print(11897)
elif x == 11898:
    print(11898)
elif x == 11899:
    print(11899)
elif x == 11900:
    print(11900)
elif x == 11901:
    print(11901)
elif x == 11902:
    print(11902)
elif x == 11903:
    print(11903)
elif x == 11904:
    print(11904)
elif x == 11905:
    print(11905)
elif x == 11906:
    print(11906)
elif x == 11907:
    print(11907)
elif x == 11908:
    print(11908)
elif x == 11909:
    print(11909)
elif x == 11910:
    print(11910)
elif x == 11911:
    print(11911)
elif x == 11912:
    print(11912)
elif x == 11913:
    print(11913)
elif x == 11914:
    print(11914)
elif x == 11915:
    print(11915)
elif x == 11916:
    print(11916)
elif x == 11917:
    print(11917)
elif x == 11918:
    print(11918)
elif x == 11919:
    print(11919)
elif x == 11920:
    print(11920)
elif x == 11921:
    print(11921)
elif x == 11922:
    print(11922)
elif x == 11923:
    print(11923)
elif x == 11924:
    print(11924)
elif x == 11925:
    print(11925)
elif x == 11926:
    print(11926)
elif x == 11927:
    print(11927)
elif x == 11928:
    print(11928)
elif x == 11929:
    print(11929)
elif x == 11930:
    print(11930)
elif x == 11931:
    print(11931)
elif x == 11932:
    print(11932)
elif x == 11933:
    print(11933)
elif x == 11934:
    print(11934)
elif x == 11935:
    print(11935)
elif x == 11936:
    print(11936)
elif x == 11937:
    print(11937)
elif x == 11938:
    print(11938)
elif x == 11939:
    print(11939)
elif x == 11940:
    print(11940)
elif x == 11941:
    print(11941)
elif x == 11942:
    print(11942)
elif x == 11943:
    print(11943)
elif x == 11944:
    print(11944)
elif x == 11945:
    print(11945)
elif x == 11946:
    print(11946)
elif x == 11947:
    print(11947)
elif x == 11948:
    print(11948)
elif x == 11949:
    print(11949)
elif x == 11950:
    print(11950)
elif x == 11951:
    print(11951)
elif x == 11952:
    print(11952)
elif x == 11953:
    print(11953)
elif x == 11954:
    print(11954)
elif x == 11955:
    print(11955)
elif x == 11956:
    print(11956)
elif x == 11957:
    print(11957)
elif x == 11958:
    print(11958)
elif x == 11959:
    print(11959)
elif x == 11960:
    print(11960)
elif x == 11961:
    print(11961)
elif x == 11962:
    print(11962)
elif x == 11963:
    print(11963)
elif x == 11964:
    print(11964)
elif x == 11965:
    print(11965)
elif x == 11966:
    print(11966)
elif x == 11967:
    print(11967)
elif x == 11968:
    print(11968)
elif x == 11969:
    print(11969)
elif x == 11970:
    print(11970)
elif x == 11971:
    print(11971)
elif x == 11972:
    print(11972)
elif x == 11973:
    print(11973)
elif x == 11974:
    print(11974)
elif x == 11975:
    print(11975)
elif x == 11976:
    print(11976)
elif x == 11977:
    print(11977)
elif x == 11978:
    print(11978)
elif x == 11979:
    print(11979)
elif x == 11980:
    print(11980)
elif x == 11981:
    print(11981)
elif x == 11982:
    print(11982)
elif x == 11983:
    print(11983)
elif x == 11984:
    print(11984)
elif x == 11985:
    print(11985)
elif x == 11986:
    print(11986)
elif x == 11987:
    print(11987)
elif x == 11988:
    print(11988)
elif x == 11989:
    print(11989)
elif x == 11990:
    print(11990)
elif x == 11991:
    print(11991)
elif x == 11992:
    print(11992)
elif x == 11993:
    print(11993)
elif x == 11994:
    print(11994)
elif x == 11995:
    print(11995)
elif x == 11996:
    print(11996)
elif x == 11997:
    print(11997)
elif x == 11998:
    print(11998)
elif x == 11999:
    print(11999)
elif x == 12000:
    print(12000)
elif x == 12001:
    print(12001)
elif x == 12002:
    print(12002)
elif x == 12003:
    print(12003)
elif x == 12004:
    print(12004)
elif x == 12005:
    print(12005)
elif x == 12006:
    print(12006)
elif x == 12007:
    print(12007)
elif x == 12008:
    print(12008)
elif x == 12009:
    print(12009)
elif x == 12010:
    print(12010)
elif x == 12011:
    print(12011)
elif x == 12012:
    print(12012)
elif x == 12013:
    print(12013)
elif x == 12014:
    print(12014)
elif x == 12015:
    print(12015)
elif x == 12016:
    print(12016)
elif x == 12017:
    print(12017)
elif x == 12018:
    print(12018)
elif x == 12019:
    print(12019)
elif x == 12020:
    print(12020)
elif x == 12021:
    print(12021)
elif x == 12022:
    print(12022)
elif x == 12023:
    print(12023)
elif x == 12024:
    print(12024)
elif x == 12025:
    print(12025)
elif x == 12026:
    print(12026)
elif x == 12027:
    print(12027)
elif x == 12028:
    print(12028)
elif x == 12029:
    print(12029)
elif x == 12030:
    print(12030)
elif x == 12031:
    print(12031)
elif x == 12032:
    print(12032)
elif x == 12033:
    print(12033)
elif x == 12034:
    print(12034)
elif x == 12035:
    print(12035)
elif x == 12036:
    print(12036)
elif x == 12037:
    print(12037)
elif x == 12038:
    print(12038)
elif x == 12039:
    print(12039)
elif x == 12040:
    print(12040)
elif x == 12041:
    print(12041)
elif x == 12042:
    print(12042)
elif x == 12043:
    print(12043)
elif x == 12044:
    print(12044)
elif x == 12045:
    print(12045)
elif x == 12046:
    print(12046)
elif x == 12047:
    print(12047)
elif x == 12048:
    print(12048)
elif x == 12049:
    print(12049)
elif x == 12050:
    print(12050)
elif x == 12051:
    print(12051)
elif x == 12052:
    print(12052)
elif x == 12053:
    print(12053)
elif x == 12054:
    print(12054)
elif x == 12055:
    print(12055)
elif x == 12056:
    print(12056)
elif x == 12057:
    print(12057)
elif x == 12058:
    print(12058)
elif x == 12059:
    print(12059)
elif x == 12060:
    print(12060)
elif x == 12061:
    print(12061)
elif x == 12062:
    print(12062)
elif x == 12063:
    print(12063)
elif x == 12064:
    print(12064)
elif x == 12065:
    print(12065)
elif x == 12066:
    print(12066)
elif x == 12067:
    print(12067)
elif x == 12068:
    print(12068)
elif x == 12069:
    print(12069)
elif x == 12070:
    print(12070)
elif x == 12071:
    print(12071)
elif x == 12072:
    print(12072)
elif x == 12073:
    print(12073)
elif x == 12074:
    print(12074)
elif x == 12075:
    print(12075)
elif x == 12076:
    print(12076)
elif x == 12077:
    print(12077)
elif x == 12078:
    print(12078)
elif x == 12079:
    print(12079)
elif x == 12080:
    print(12080)
elif x == 12081:
    print(12081)
elif x == 12082:
    print(12082)
elif x == 12083:
    print(12083)
elif x == 12084:
    print(12084)
elif x == 12085:
    print(12085)
elif x == 12086:
    print(12086)
elif x == 12087:
    print(12087)
elif x == 12088:
    print(12088)
elif x == 12089:
    print(12089)
elif x == 12090:
    print(12090)
elif x == 12091:
    print(12091)
elif x == 12092:
    print(12092)
elif x == 12093:
    print(12093)
elif x == 12094:
    print(12094)
elif x == 12095:
    print(12095)
elif x == 12096:
    print(12096)
elif x == 12097:
    print(12097)
elif x == 12098:
    print(12098)
elif x == 12099:
    print(12099)
elif x == 12100:
    print(12100)
elif x == 12101:
    print(12101)
elif x == 12102:
    print(12102)
elif x == 12103:
    print(12103)
elif x == 12104:
    print(12104)
elif x == 12105:
    print(12105)
elif x == 12106:
    print(12106)
elif x == 12107:
    print(12107)
elif x == 12108:
    print(12108)
elif x == 12109:
    print(12109)
elif x == 12110:
    print(12110)
elif x == 12111:
    print(12111)
elif x == 12112:
    print(12112)
elif x == 12113:
    print(12113)
elif x == 12114:
    print(12114)
elif x == 12115:
    print(12115)
elif x == 12116:
    print(12116)
elif x == 12117:
    print(12117)
elif x == 12118:
    print(12118)
elif x == 12119:
    print(12119)
elif x == 12120:
    print(12120)
elif x == 12121:
    print(12121)
elif x == 12122:
    print(12122)
elif x == 12123:
    print(12123)
elif x == 12124:
    print(12124)
elif x == 12125:
    print(12125)
elif x == 12126:
    print(12126)
elif x == 12127:
    print(12127)
elif x == 12128:
    print(12128)
elif x == 12129:
    print(12129)
elif x == 12130:
    print(12130)
elif x == 12131:
    print(12131)
elif x == 12132:
    print(12132)
elif x == 12133:
    print(12133)
elif x == 12134:
    print(12134)
elif x == 12135:
    print(12135)
elif x == 12136:
    print(12136)
elif x == 12137:
    print(12137)
elif x == 12138:
    print(12138)
elif x == 12139:
    print(12139)
elif x == 12140:
    print(12140)
elif x == 12141:
    print(12141)
elif x == 12142:
    print(12142)
elif x == 12143:
    print(12143)
elif x == 12144:
    print(12144)
elif x == 12145:
    print(12145)
elif x == 12146:
    print(12146)
elif x == 12147:
    print(12147)
elif x == 12148:
    print(12148)
elif x == 12149:
    print(12149)
elif x == 12150:
    print(12150)
elif x == 12151:
    print(12151)
elif x == 12152:
    print(12152)
elif x == 12153:
    print(12153)
elif x == 12154:
    print(12154)
elif x == 12155:
    print(12155)
elif x == 12156:
    print(12156)
elif x == 12157:
    print(12157)
elif x == 12158:
    print(12158)
elif x == 12159:
    print(12159)
elif x == 12160:
    print(12160)
elif x == 12161:
    print(12161)
elif x == 12162:
    print(12162)
elif x == 12163:
    print(12163)
elif x == 12164:
    print(12164)
elif x == 12165:
    print(12165)
elif x == 12166:
    print(12166)
elif x == 12167:
    print(12167)
elif x == 12168:
    print(12168)
elif x == 12169:
    print(12169)
elif x == 12170:
    print(12170)
elif x == 12171:
    print(12171)
elif x == 12172:
    print(12172)
elif x == 12173:
    print(12173)
elif x == 12174:
    print(12174)
elif x == 12175:
    print(12175)
elif x == 12176:
    print(12176)
elif x == 12177:
    print(12177)
elif x == 12178:
    print(12178)
elif x == 12179:
    print(12179)
elif x == 12180:
    print(12180)
elif x == 12181:
    print(12181)
elif x == 12182:
    print(12182)
elif x == 12183:
    print(12183)
elif x == 12184:
    print(12184)
elif x == 12185:
    print(12185)
elif x == 12186:
    print(12186)
elif x == 12187:
    print(12187)
elif x == 12188:
    print(12188)
elif x == 12189:
    print(12189)
elif x == 12190:
    print(12190)
elif x == 12191:
    print(12191)
elif x == 12192:
    print(12192)
elif x == 12193:
    print(12193)
elif x == 12194:
    print(12194)
elif x == 12195:
    print(12195)
elif x == 12196:
    print(12196)
elif x == 12197:
    print(12197)
elif x == 12198:
    print(12198)
elif x == 12199:
    print(12199)
elif x == 12200:
    print(12200)
elif x == 12201:
    print(12201)
elif x == 12202:
    print(12202)
elif x == 12203:
    print(12203)
elif x == 12204:
    print(12204)
elif x == 12205:
    print(12205)
elif x == 12206:
    print(12206)
elif x == 12207:
    print(12207)
elif x == 12208:
    print(12208)
elif x == 12209:
    print(12209)
elif x == 12210:
    print(12210)
elif x == 12211:
    print(12211)
elif x == 12212:
    print(12212)
elif x == 12213:
    print(12213)
elif x == 12214:
    print(12214)
elif x == 12215:
    print(12215)
elif x == 12216:
    print(12216)
elif x == 12217:
    print(12217)
elif x == 12218:
    print(12218)
elif x == 12219:
    print(12219)
elif x == 12220:
    print(12220)
elif x == 12221:
    print(12221)
elif x == 12222:
    print(12222)
elif x == 12223:
    print(12223)
elif x == 12224:
    print(12224)
elif x == 12225:
    print(12225)
elif x == 12226:
    print(12226)
elif x == 12227:
    print(12227)
elif x == 12228:
    print(12228)
elif x == 12229:
    print(12229)
elif x == 12230:
    print(12230)
elif x == 12231:
    print(12231)
elif x == 12232:
    print(12232)
elif x == 12233:
    print(12233)
elif x == 12234:
    print(12234)
elif x == 12235:
    print(12235)
elif x == 12236:
    print(12236)
elif x == 12237:
    print(12237)
elif x == 12238:
    print(12238)
elif x == 12239:
    print(12239)
elif x == 12240:
    print(12240)
elif x == 12241:
    print(12241)
elif x == 12242:
    print(12242)
elif x == 12243:
    print(12243)
elif x == 12244:
    print(12244)
elif x == 12245:
    print(12245)
elif x == 12246:
    print(12246)
elif x == 12247:
    print(12247)
elif x == 12248:
    print(12248)
elif x == 12249:
    print(12249)
elif x == 12250:
    print(12250)
elif x == 12251:
    print(12251)
elif x == 12252:
    print(12252)
elif x == 12253:
    print(12253)
elif x == 12254:
    print(12254)
elif x == 12255:
    print(12255)
elif x == 12256:
    print(12256)
elif x == 12257:
    print(12257)
elif x == 12258:
    print(12258)
elif x == 12259:
    print(12259)
elif x == 12260:
    print(12260)
elif x == 12261:
    print(12261)
elif x == 12262:
    print(12262)
elif x == 12263:
    print(12263)
elif x == 12264:
    print(12264)
elif x == 12265:
    print(12265)
elif x == 12266:
    print(12266)
elif x == 12267:
    print(12267)
elif x == 12268:
    print(12268)
elif x == 12269:
    print(12269)
elif x == 12270:
    print(12270)
elif x == 12271:
    print(12271)
elif x == 12272:
    print(12272)
elif x == 12273:
    print(12273)
elif x == 12274:
    print(12274)
elif x == 12275:
    print(12275)
elif x == 12276:
    print(12276)
elif x == 12277:
    print(12277)
elif x == 12278:
    print(12278)
elif x == 12279:
    print(12279)
elif x == 12280:
    print(12280)
elif x == 12281:
    print(12281)
elif x == 12282:
    print(12282)
elif x == 12283:
    print(12283)
elif x == 12284:
    print(12284)
elif x == 12285:
    print(12285)
elif x == 12286:
    print(12286)
elif x == 12287:
    print(12287)
elif x == 12288:
    print(12288)
elif x == 12289:
    print(12289)
elif x == 12290:
    print(12290)
elif x == 12291:
    print(12291)
elif x == 12292:
    print(12292)
elif x == 12293:
    print(12293)
elif x == 12294:
    print(12294)
elif x == 12295:
    print(12295)
elif x == 12296:
    print(12296)
elif x == 12297:
    print(12297)
elif x == 12298:
    print(12298)
elif x == 12299:
    print(12299)
elif x == 12300:
    print(12300)
elif x == 12301:
    print(12301)
elif x == 12302:
    print(12302)
elif x == 12303:
    print(12303)
elif x == 12304:
    print(12304)
elif x == 12305:
    print(12305)
elif x == 12306:
    print(12306)
elif x == 12307:
    print(12307)
elif x == 12308:
    print(12308)
elif x == 12309:
    print(12309)
elif x == 12310:
    print(12310)
elif x == 12311:
    print(12311)
elif x == 12312:
    print(12312)
elif x == 12313:
    print(12313)
elif x == 12314:
    print(12314)
elif x == 12315:
    print(12315)
elif x == 12316:
    print(12316)
elif x == 12317:
    print(12317)
elif x == 12318:
    print(12318)
elif x == 12319:
    print(12319)
elif x == 12320:
    print(12320)
elif x == 12321:
    print(12321)
elif x == 12322:
    print(12322)
elif x == 12323:
    print(12323)
elif x == 12324:
    print(12324)
elif x == 12325:
    print(12325)
elif x == 12326:
    print(12326)
elif x == 12327:
    print(12327)
elif x == 12328:
    print(12328)
elif x == 12329:
    print(12329)
elif x == 12330:
    print(12330)
elif x == 12331:
    print(12331)
elif x == 12332:
    print(12332)
elif x == 12333:
    print(12333)
elif x == 12334:
    print(12334)
elif x == 12335:
    print(12335)
elif x == 12336:
    print(12336)
elif x == 12337:
    print(12337)
elif x == 12338:
    print(12338)
elif x == 12339:
    print(12339)
elif x == 12340:
    print(12340)
elif x == 12341:
    print(12341)
elif x == 12342:
    print(12342)
elif x == 12343:
    print(12343)
elif x == 12344:
    print(12344)
elif x == 12345:
    print(12345)
elif x == 12346:
    print(12346)
elif x == 12347:
    print(12347)
elif x == 12348:
    print(12348)
elif x == 12349:
    print(12349)
elif x == 12350:
    print(12350)
elif x == 12351:
    print(12351)
elif x == 12352:
    print(12352)
elif x == 12353:
    print(12353)
elif x == 12354:
    print(12354)
elif x == 12355:
    print(12355)
elif x == 12356:
    print(12356)
elif x == 12357:
    print(12357)
elif x == 12358:
    print(12358)
elif x == 12359:
    print(12359)
elif x == 12360:
    print(12360)
elif x == 12361:
    print(12361)
elif x == 12362:
    print(12362)
elif x == 12363:
    print(12363)
elif x == 12364:
    print(12364)
elif x == 12365:
    print(12365)
elif x == 12366:
    print(12366)
elif x == 12367:
    print(12367)
elif x == 12368:
    print(12368)
elif x == 12369:
    print(12369)
elif x == 12370:
    print(12370)
elif x == 12371:
    print(12371)
elif x == 12372:
    print(12372)
elif x == 12373:
    print(12373)
elif x == 12374:
    print(12374)
elif x == 12375:
    print(12375)
elif x == 12376:
    print(12376)
elif x == 12377:
    print(12377)
elif x == 12378:
    print(12378)
elif x == 12379:
    print(12379)
elif x == 12380:
    print(12380)
elif x == 12381:
    print(12381)
elif x == 12382:
    print(12382)
elif x == 12383:
    print(12383)
elif x == 12384:
    print(12384)
elif x == 12385:
    print(12385)
elif x == 12386:
    print(12386)
elif x == 12387:
    print(12387)
elif x == 12388:
    print(12388)
elif x == 12389:
    print(12389)
elif x == 12390:
    print(12390)
elif x == 12391:
    print(12391)
elif x == 12392:
    print(12392)
elif x == 12393:
    print(12393)
elif x == 12394:
    print(12394)
elif x == 12395:
    print(12395)
elif x == 12396:
    print(12396)
elif x == 12397:
    print(12397)
elif x == 12398:
    print(12398)
elif x == 12399:
    print(12399)
elif x == 12400:
    print(12400)
elif x == 12401:
    print(12401)
elif x == 12402:
    print(12402)
elif x == 12403:
    print(12403)
elif x == 12404:
    print(12404)
elif x == 12405:
    print(12405)
elif x == 12406:
    print(12406)
elif x == 12407:
    print(12407)
elif x == 12408:
    print(12408)
elif x == 12409:
    print(12409)
elif x == 12410:
    print(12410)
elif x == 12411:
    print(12411)
elif x == 12412:
    print(12412)
elif x == 12413:
    print(12413)
elif x == 12414:
    print(12414)
elif x == 12415:
    print(12415)
elif x == 12416:
    print(12416)
elif x == 12417:
    print(12417)
elif x == 12418:
    print(12418)
elif x == 12419:
    print(12419)
elif x == 12420:
    print(12420)
elif x == 12421:
    print(12421)
elif x == 12422:
    print(12422)
elif x == 12423:
    print(12423)
elif x == 12424:
    print(12424)
elif x == 12425:
    print(12425)
elif x == 12426:
    print(12426)
elif x == 12427:
    print(12427)
elif x == 12428:
    print(12428)
elif x == 12429:
    print(12429)
elif x == 12430:
    print(12430)
elif x == 12431:
    print(12431)
elif x == 12432:
    print(12432)
elif x == 12433:
    print(12433)
elif x == 12434:
    print(12434)
elif x == 12435:
    print(12435)
elif x == 12436:
    print(12436)
elif x == 12437:
    print(12437)
elif x == 12438:
    print(12438)
elif x == 12439:
    print(12439)
elif x == 12440:
    print(12440)
elif x == 12441:
    print(12441)
elif x == 12442:
    print(12442)
elif x == 12443:
    print(12443)
elif x == 12444:
    print(12444)
elif x == 12445:
    print(12445)
elif x == 12446:
    print(12446)
elif x == 12447:
    print(12447)
elif x == 12448:
    print(12448)
elif x == 12449:
    print(12449)
elif x == 12450:
    print(12450)
elif x == 12451:
    print(12451)
elif x == 12452:
    print(12452)
elif x == 12453:
    print(12453)
elif x == 12454:
    print(12454)
elif x == 12455:
    print(12455)
elif x == 12456:
    print(12456)
elif x == 12457:
    print(12457)
elif x == 12458:
    print(12458)
elif x == 12459:
    print(12459)
elif x == 12460:
    print(12460)
elif x == 12461:
    print(12461)
elif x == 12462:
    print(12462)
elif x == 12463:
    print(12463)
elif x == 12464:
    print(12464)
elif x == 12465:
    print(12465)
elif x == 12466:
    print(12466)
elif x == 12467:
    print(12467)
elif x == 12468:
    print(12468)
elif x == 12469:
    print(12469)
elif x == 12470:
    print(12470)
elif x == 12471:
    print(12471)
elif x == 12472:
    print(12472)
elif x == 12473:
    print(12473)
elif x == 12474:
    print(12474)
elif x == 12475:
    print(12475)
elif x == 12476:
    print(12476)
elif x == 12477:
    print(12477)
elif x == 12478:
    print(12478)
elif x == 12479:
    print(12479)
elif x == 12480:
    print(12480)
elif x == 12481:
    print(12481)
elif x == 12482:
    print(12482)
elif x == 12483:
    print(12483)
elif x == 12484:
    print(12484)
elif x == 12485:
    print(12485)
elif x == 12486:
    print(12486)
elif x == 12487:
    print(12487)
elif x == 12488:
    print(12488)
elif x == 12489:
    print(12489)
elif x == 12490:
    print(12490)
elif x == 12491:
    print(12491)
elif x == 12492:
    print(12492)
elif x == 12493:
    print(12493)
elif x == 12494:
    print(12494)
elif x == 12495:
    print(12495)
elif x == 12496:
    print(12496)
elif x == 12497:
    print(12497)
elif x == 12498:
    print(12498)
elif x == 12499:
    print(12499)
elif x == 12500:
    print(12500)
elif x == 12501:
    print(12501)
elif x == 12502:
    print(12502)
elif x == 12503:
    print(12503)
elif x == 12504:
    print(12504)
elif x == 12505:
    print(12505)
elif x == 12506:
    print(12506)
elif x == 12507:
    print(12507)
elif x == 12508:
    print(12508)
elif x == 12509:
    print(12509)
elif x == 12510:
    print(12510)
elif x == 12511:
    print(12511)
elif x == 12512:
    print(12512)
elif x == 12513:
    print(12513)
elif x == 12514:
    print(12514)
elif x == 12515:
    print(12515)
elif x == 12516:
    print(12516)
elif x == 12517:
    print(12517)
elif x == 12518:
    print(12518)
elif x == 12519:
    print(12519)
elif x == 12520:
    print(12520)
elif x == 12521:
    print(12521)
elif x == 12522:
    print(12522)
elif x == 12523:
    print(12523)
elif x == 12524:
    print(12524)
elif x == 12525:
    print(12525)
elif x == 12526:
    print(12526)
elif x == 12527:
    print(12527)
elif x == 12528:
    print(12528)
elif x == 12529:
    print(12529)
elif x == 12530:
    print(12530)
elif x == 12531:
    print(12531)
elif x == 12532:
    print(12532)
elif x == 12533:
    print(12533)
elif x == 12534:
    print(12534)
elif x == 12535:
    print(12535)
elif x == 12536:
    print(12536)
elif x == 12537:
    print(12537)
elif x == 12538:
    print(12538)
elif x == 12539:
    print(12539)
elif x == 12540:
    print(12540)
elif x == 12541:
    print(12541)
elif x == 12542:
    print(12542)
elif x == 12543:
    print(12543)
elif x == 12544:
    print(12544)
elif x == 12545:
    print(12545)
elif x == 12546:
    print(12546)
elif x == 12547:
    print(12547)
elif x == 12548:
    print(12548)
elif x == 12549:
    print(12549)
elif x == 12550:
    print(12550)
elif x == 12551:
    print(12551)
elif x == 12552:
    print(12552)
elif x == 12553:
    print(12553)
elif x == 12554:
    print(12554)
elif x == 12555:
    print(12555)
elif x == 12556:
    print(12556)
elif x == 12557:
    print(12557)
elif x == 12558:
    print(12558)
elif x == 12559:
    print(12559)
elif x == 12560:
    print(12560)
elif x == 12561:
    print(12561)
elif x == 12562:
    print(12562)
elif x == 12563:
    print(12563)
elif x == 12564:
    print(12564)
elif x == 12565:
    print(12565)
elif x == 12566:
    print(12566)
elif x == 12567:
    print(12567)
elif x == 12568:
    print(12568)
elif x == 12569:
    print(12569)
elif x == 12570:
    print(12570)
elif x == 12571:
    print(12571)
elif x == 12572:
    print(12572)
elif x == 12573:
    print(12573)
elif x == 12574:
    print(12574)
elif x == 12575:
    print(12575)
elif x == 12576:
    print(12576)
elif x == 12577:
    print(12577)
elif x == 12578:
    print(12578)
elif x == 12579:
    print(12579)
elif x == 12580:
    print(12580)
elif x == 12581:
    print(12581)
elif x == 12582:
    print(12582)
elif x == 12583:
    print(12583)
elif x == 12584:
    print(12584)
elif x == 12585:
    print(12585)
elif x == 12586:
    print(12586)
elif x == 12587:
    print(12587)
elif x == 12588:
    print(12588)
elif x == 12589:
    print(12589)
elif x == 12590:
    print(12590)
elif x == 12591:
    print(12591)
elif x == 12592:
    print(12592)
elif x == 12593:
    print(12593)
elif x == 12594:
    print(12594)
elif x == 12595:
    print(12595)
elif x == 12596:
    print(12596)
elif x == 12597:
    print(12597)
elif x == 12598:
    print(12598)
elif x == 12599:
    print(12599)
elif x == 12600:
    print(12600)
elif x == 12601:
    print(12601)
elif x == 12602:
    print(12602)
elif x == 12603:
    print(12603)
elif x == 12604:
    print(12604)
elif x == 12605:
    print(12605)
elif x == 12606:
    print(12606)
elif x == 12607:
    print(12607)
elif x == 12608:
    print(12608)
elif x == 12609:
    print(12609)
elif x == 12610:
    print(12610)
elif x == 12611:
    print(12611)
elif x == 12612:
    print(12612)
elif x == 12613:
    print(12613)
elif x == 12614:
    print(12614)
elif x == 12615:
    print(12615)
elif x == 12616:
    print(12616)
elif x == 12617:
    print(12617)
elif x == 12618:
    print(12618)
elif x == 12619:
    print(12619)
elif x == 12620:
    print(12620)
elif x == 12621:
    print(12621)
elif x == 12622:
    print(12622)
elif x == 12623:
    print(12623)
elif x == 12624:
    print(12624)
elif x == 12625:
    print(12625)
elif x == 12626:
    print(12626)
elif x == 12627:
    print(12627)
elif x == 12628:
    print(12628)
elif x == 12629:
    print(12629)
elif x == 12630:
    print(12630)
elif x == 12631:
    print(12631)
elif x == 12632:
    print(12632)
elif x == 12633:
    print(12633)
elif x == 12634:
    print(12634)
elif x == 12635:
    print(12635)
elif x == 12636:
    print(12636)
elif x == 12637:
    print(12637)
elif x == 12638:
    print(12638)
elif x == 12639:
    print(12639)
elif x == 12640:
    print(12640)
elif x == 12641:
    print(12641)
elif x == 12642:
    print(12642)
elif x == 12643:
    print(12643)
elif x == 12644:
    print(12644)
elif x == 12645:
    print(12645)
elif x == 12646:
    print(12646)
elif x == 12647:
    print(12647)
elif x == 12648:
    print(12648)
elif x == 12649:
    print(12649)
elif x == 12650:
    print(12650)
elif x == 12651:
    print(12651)
elif x == 12652:
    print(12652)
elif x == 12653:
    print(12653)
elif x == 12654:
    print(12654)
elif x == 12655:
    print(12655)
elif x == 12656:
    print(12656)
elif x == 12657:
    print(12657)
elif x == 12658:
    print(12658)
elif x == 12659:
    print(12659)
elif x == 12660:
    print(12660)
elif x == 12661:
    print(12661)
elif x == 12662:
    print(12662)
elif x == 12663:
    print(12663)
elif x == 12664:
    print(12664)
elif x == 12665:
    print(12665)
elif x == 12666:
    print(12666)
elif x == 12667:
    print(12667)
elif x == 12668:
    print(12668)
elif x == 12669:
    print(12669)
elif x == 12670:
    print(12670)
elif x == 12671:
    print(12671)
elif x == 12672:
    print(12672)
elif x == 12673:
    print(12673)
elif x == 12674:
    print(12674)
elif x == 12675:
    print(12675)
elif x == 12676:
    print(12676)
elif x == 12677:
    print(12677)
elif x == 12678:
    print(12678)
elif x == 12679:
    print(12679)
elif x == 12680:
    print(12680)
elif x == 12681:
    print(12681)
elif x == 12682:
    print(12682)
elif x == 12683:
    print(12683)
elif x == 12684:
    print(12684)
elif x == 12685:
    print(12685)
elif x == 12686:
    print(12686)
elif x == 12687:
    print(12687)
elif x == 12688:
    print(12688)
elif x == 12689:
    print(12689)
elif x == 12690:
    print(12690)
elif x == 12691:
    print(12691)
elif x == 12692:
    print(12692)
elif x == 12693:
    print(12693)
elif x == 12694:
    print(12694)
elif x == 12695:
    print(12695)
elif x == 12696:
    print(12696)
elif x == 12697:
    print(12697)
elif x == 12698:
    print(12698)
elif x == 12699:
    print(12699)
elif x == 12700:
    print(12700)
elif x == 12701:
    print(12701)
elif x == 12702:
    print(12702)
elif x == 12703:
    print(12703)
elif x == 12704:
    print(12704)
elif x == 12705:
    print(12705)
elif x == 12706:
    print(12706)
elif x == 12707:
    print(12707)
elif x == 12708:
    print(12708)
elif x == 12709:
    print(12709)
elif x == 12710:
    print(12710)
elif x == 12711:
    print(12711)
elif x == 12712:
    print(12712)
elif x == 12713:
    print(12713)
elif x == 12714:
    print(12714)
elif x == 12715:
    print(12715)
elif x == 12716:
    print(12716)
elif x == 12717:
    print(12717)
elif x == 12718:
    print(12718)
elif x == 12719:
    print(12719)
elif x == 12720:
    print(12720)
elif x == 12721:
    print(12721)
elif x == 12722:
    print(12722)
elif x == 12723:
    print(12723)
elif x == 12724:
    print(12724)
elif x == 12725:
    print(12725)
elif x == 12726:
    print(12726)
elif x == 12727:
    print(12727)
elif x == 12728:
    print(12728)
elif x == 12729:
    print(12729)
elif x == 12730:
    print(12730)
elif x == 12731:
    print(12731)
elif x == 12732:
    print(12732)
elif x == 12733:
    print(12733)
elif x == 12734:
    print(12734)
elif x == 12735:
    print(12735)
elif x == 12736:
    print(12736)
elif x == 12737:
    print(12737)
elif x == 12738:
    print(12738)
elif x == 12739:
    print(12739)
elif x == 12740:
    print(12740)
elif x == 12741:
    print(12741)
elif x == 12742:
    print(12742)
elif x == 12743:
    print(12743)
elif x == 12744:
    print(12744)
elif x == 12745:
    print(12745)
elif x == 12746:
    print(12746)
elif x == 12747:
    print(12747)
elif x == 12748:
    print(12748)
elif x == 12749:
    print(12749)
elif x == 12750:
    print(12750)
elif x == 12751:
    print(12751)
elif x == 12752:
    print(12752)
elif x == 12753:
    print(12753)
elif x == 12754:
    print(12754)
elif x == 12755:
    print(12755)
elif x == 12756:
    print(12756)
elif x == 12757:
    print(12757)
elif x == 12758:
    print(12758)
elif x == 12759:
    print(12759)
elif x == 12760:
    print(12760)
elif x == 12761:
    print(12761)
elif x == 12762:
    print(12762)
elif x == 12763:
    print(12763)
elif x == 12764:
    print(12764)
elif x == 12765:
    print(12765)
elif x == 12766:
    print(12766)
elif x == 12767:
    print(12767)
elif x == 12768:
    print(12768)
elif x == 12769:
    print(12769)
elif x == 12770:
    print(12770)
elif x == 12771:
    print(12771)
elif x == 12772:
    print(12772)
elif x == 12773:
    print(12773)
elif x == 12774:
    print(12774)
elif x == 12775:
    print(12775)
elif x == 12776:
    print(12776)
elif x == 12777:
    print(12777)
elif x == 12778:
    print(12778)
elif x == 12779:
    print(12779)
elif x == 12780:
    print(12780)
elif x == 12781:
    print(12781)
elif x == 12782:
    print(12782)
elif x == 12783:
    print(12783)
elif x == 12784:
    print(12784)
elif x == 12785:
    print(12785)
elif x == 12786:
    print(12786)
elif x == 12787:
    print(12787)
elif x == 12788:
    print(12788)
elif x == 12789:
    print(12789)
elif x == 12790:
    print(12790)
elif x == 12791:
    print(12791)
elif x == 12792:
    print(12792)
elif x == 12793:
    print(12793)
elif x == 12794:
    print(12794)
elif x == 12795:
    print(12795)
elif x == 12796:
    print(12796)
elif x == 12797:
    print(12797)
elif x == 12798:
    print(12798)
elif x == 12799:
    print(12799)
elif x == 12800:
    print(12800)
elif x == 12801:
    print(12801)
elif x == 12802:
    print(12802)
elif x == 12803:
    print(12803)
elif x == 12804:
    print(12804)
elif x == 12805:
    print(12805)
elif x == 12806:
    print(12806)
elif x == 12807:
    print(12807)
elif x == 12808:
    print(12808)
elif x == 12809:
    print(12809)
elif x == 12810:
    print(12810)
elif x == 12811:
    print(12811)
elif x == 12812:
    print(12812)
elif x == 12813:
    print(12813)
elif x == 12814:
    print(12814)
elif x == 12815:
    print(12815)
elif x == 12816:
    print(12816)
elif x == 12817:
    print(12817)
elif x == 12818:
    print(12818)
elif x == 12819:
    print(12819)
elif x == 12820:
    print(12820)
elif x == 12821:
    print(12821)
elif x == 12822:
    print(12822)
elif x == 12823:
    print(12823)
elif x == 12824:
    print(12824)
elif x == 12825:
    print(12825)
elif x == 12826:
    print(12826)
elif x == 12827:
    print(12827)
elif x == 12828:
    print(12828)
elif x == 12829:
    print(12829)
elif x == 12830:
    print(12830)
elif x == 12831:
    print(12831)
elif x == 12832:
    print(12832)
elif x == 12833:
    print(12833)
elif x == 12834:
    print(12834)
elif x == 12835:
    print(12835)
elif x == 12836:
    print(12836)
elif x == 12837:
    print(12837)
elif x == 12838:
    print(12838)
elif x == 12839:
    print(12839)
elif x == 12840:
    print(12840)
elif x == 12841:
    print(12841)
elif x == 12842:
    print(12842)
elif x == 12843:
    print(12843)
elif x == 12844:
    print(12844)
elif x == 12845:
    print(12845)
elif x == 12846:
    print(12846)
elif x == 12847:
    print(12847)
elif x == 12848:
    print(12848)
elif x == 12849:
    print(12849)
elif x == 12850:
    print(12850)
elif x == 12851:
    print(12851)
elif x == 12852:
    print(12852)
elif x == 12853:
    print(12853)
elif x == 12854:
    print(12854)
elif x == 12855:
    print(12855)
elif x == 12856:
    print(12856)
elif x == 12857:
    print(12857)
elif x == 12858:
    print(12858)
elif x == 12859:
    print(12859)
elif x == 12860:
    print(12860)
elif x == 12861:
    print(12861)
elif x == 12862:
    print(12862)
elif x == 12863:
    print(12863)
elif x == 12864:
    print(12864)
elif x == 12865:
    print(12865)
elif x == 12866:
    print(12866)
elif x == 12867:
    print(12867)
elif x == 12868:
    print(12868)
elif x == 12869:
    print(12869)
elif x == 12870:
    print(12870)
elif x == 12871:
    print(12871)
elif x == 12872:
    print(12872)
elif x == 12873:
    print(12873)
elif x == 12874:
    print(12874)
elif x == 12875:
    print(12875)
elif x == 12876:
    print(12876)
elif x == 12877:
    print(12877)
elif x == 12878:
    print(12878)
elif x == 12879:
    print(12879)
elif x == 12880:
    print(12880)
elif x == 12881:
    print(12881)
elif x == 12882:
    print(12882)
elif x == 12883:
    print(12883)
elif x == 12884:
    print(12884)
elif x == 12885:
    print(12885)
elif x == 12886:
    print(12886)
elif x == 12887:
    print(12887)
elif x == 12888:
    print(12888)
elif x == 12889:
    print(12889)
elif x == 12890:
    print(12890)
elif x == 12891:
    print(12891)
elif x == 12892:
    print(12892)
elif x == 12893:
    print(12893)
elif x == 12894:
    print(12894)
elif x == 12895:
    print(12895)
elif x == 12896:
    print(12896)
elif x == 12897:
    print(12897)
elif x == 12898:
    print(12898)
elif x == 12899:
    print(12899)
elif x == 12900:
    print(12900)
elif x == 12901:
    print(12901)
elif x == 12902:
    print(12902)
elif x == 12903:
    print(12903)
elif x == 12904:
    print(12904)
elif x == 12905:
    print(12905)
elif x == 12906:
    print(12906)
elif x == 12907:
    print(12907)
elif x == 12908:
    print(12908)
elif x == 12909:
    print(12909)
elif x == 12910:
    print(12910)
elif x == 12911:
    print(12911)
elif x == 12912:
    print(12912)
elif x == 12913:
    print(12913)
elif x == 12914:
    print(12914)
elif x == 12915:
    print(12915)
elif x == 12916:
    print(12916)
elif x == 12917:
    print(12917)
elif x == 12918:
    print(12918)
elif x == 12919:
    print(12919)
elif x == 12920:
    print(12920)
elif x == 12921:
    print(12921)
elif x == 12922:
    print(12922)
elif x == 12923:
    print(12923)
elif x == 12924:
    print(12924)
elif x == 12925:
    print(12925)
elif x == 12926:
    print(12926)
elif x == 12927:
    print(12927)
elif x == 12928:
    print(12928)
elif x == 12929:
    print(12929)
elif x == 12930:
    print(12930)
elif x == 12931:
    print(12931)
elif x == 12932:
    print(12932)
elif x == 12933:
    print(12933)
elif x == 12934:
    print(12934)
elif x == 12935:
    print(12935)
elif x == 12936:
    print(12936)
elif x == 12937:
    print(12937)
elif x == 12938:
    print(12938)
elif x == 12939:
    print(12939)
elif x == 12940:
    print(12940)
elif x == 12941:
    print(12941)
elif x == 12942:
    print(12942)
elif x == 12943:
    print(12943)
elif x == 12944:
    print(12944)
elif x == 12945:
    print(12945)
elif x == 12946:
    print(12946)
elif x == 12947:
    print(12947)
elif x == 12948:
    print(12948)
elif x == 12949:
    print(12949)
elif x == 12950:
    print(12950)
elif x == 12951:
    print(12951)
elif x == 12952:
    print(12952)
elif x == 12953:
    print(12953)
elif x == 12954:
    print(12954)
elif x == 12955:
    print(12955)
elif x == 12956:
    print(12956)
elif x == 12957:
    print(12957)
elif x == 12958:
    print(12958)
elif x == 12959:
    print(12959)
elif x == 12960:
    print(12960)
elif x == 12961:
    print(12961)
elif x == 12962:
    print(12962)
elif x == 12963:
    print(12963)
elif x == 12964:
    print(12964)
elif x == 12965:
    print(12965)
elif x == 12966:
    print(12966)
elif x == 12967:
    print(12967)
elif x == 12968:
    print(12968)
elif x == 12969:
    print(12969)
elif x == 12970:
    print(12970)
elif x == 12971:
    print(12971)
elif x == 12972:
    print(12972)
elif x == 12973:
    print(12973)
elif x == 12974:
    print(12974)
elif x == 12975:
    print(12975)
elif x == 12976:
    print(12976)
elif x == 12977:
    print(12977)
elif x == 12978:
    print(12978)
elif x == 12979:
    print(12979)
elif x == 12980:
    print(12980)
elif x == 12981:
    print(12981)
elif x == 12982:
    print(12982)
elif x == 12983:
    print(12983)
elif x == 12984:
    print(12984)
elif x == 12985:
    print(12985)
elif x == 12986:
    print(12986)
elif x == 12987:
    print(12987)
elif x == 12988:
    print(12988)
elif x == 12989:
    print(12989)
elif x == 12990:
    print(12990)
elif x == 12991:
    print(12991)
elif x == 12992:
    print(12992)
elif x == 12993:
    print(12993)
elif x == 12994:
    print(12994)
elif x == 12995:
    print(12995)
elif x == 12996:
    print(12996)
elif x == 12997:
    print(12997)
elif x == 12998:
    print(12998)
elif x == 12999:
    print(12999)
elif x == 13000:
    print(13000)
elif x == 13001:
    print(13001)
elif x == 13002:
    print(13002)
elif x == 13003:
    print(13003)
elif x == 13004:
    print(13004)
elif x == 13005:
    print(13005)
elif x == 13006:
    print(13006)
elif x == 13007:
    print(13007)
elif x == 13008:
    print(13008)
elif x == 13009:
    print(13009)
elif x == 13010:
    print(13010)
elif x == 13011:
    print(13011)
elif x == 13012:
    print(13012)
elif x == 13013:
    print(13013)
elif x == 13014:
    print(13014)
elif x == 13015:
    print(13015)
elif x == 13016:
    print(13016)
elif x == 13017:
    print(13017)
elif x == 13018:
    print(13018)
elif x == 13019:
    print(13019)
elif x == 13020:
    print(13020)
elif x == 13021:
    print(13021)
elif x == 13022:
    print(13022)
elif x == 13023:
    print(13023)
elif x == 13024:
    print(13024)
elif x == 13025:
    print(13025)
elif x == 13026:
    print(13026)
elif x == 13027:
    print(13027)
elif x == 13028:
    print(13028)
elif x == 13029:
    print(13029)
elif x == 13030:
    print(13030)
elif x == 13031:
    print(13031)
elif x == 13032:
    print(13032)
elif x == 13033:
    print(13033)
elif x == 13034:
    print(13034)
elif x == 13035:
    print(13035)
elif x == 13036:
    print(13036)
elif x == 13037:
    print(13037)
elif x == 13038:
    print(13038)
elif x == 13039:
    print(13039)
elif x == 13040:
    print(13040)
elif x == 13041:
    print(13041)
elif x == 13042:
    print(13042)
elif x == 13043:
    print(13043)
elif x == 13044:
    print(13044)
elif x == 13045:
    print(13045)
elif x == 13046:
    print(13046)
elif x == 13047:
    print(13047)
elif x == 13048:
    print(13048)
elif x == 13049:
    print(13049)
elif x == 13050:
    print(13050)
elif x == 13051:
    print(13051)
elif x == 13052:
    print(13052)
elif x == 13053:
    print(13053)
elif x == 13054:
    print(13054)
elif x == 13055:
    print(13055)
elif x == 13056:
    print(13056)
elif x == 13057:
    print(13057)
elif x == 13058:
    print(13058)
elif x == 13059:
    print(13059)
elif x == 13060:
    print(13060)
elif x == 13061:
    print(13061)
elif x == 13062:
    print(13062)
elif x == 13063:
    print(13063)
elif x == 13064:
    print(13064)
elif x == 13065:
    print(13065)
elif x == 13066:
    print(13066)
elif x == 13067:
    print(13067)
elif x == 13068:
    print(13068)
elif x == 13069:
    print(13069)
elif x == 13070:
    print(13070)
elif x == 13071:
    print(13071)
elif x == 13072:
    print(13072)
elif x == 13073:
    print(13073)
elif x == 13074:
    print(13074)
elif x == 13075:
    print(13075)
elif x == 13076:
    print(13076)
elif x == 13077:
    print(13077)
elif x == 13078:
    print(13078)
elif x == 13079:
    print(13079)
elif x == 13080:
    print(13080)
elif x == 13081:
    print(13081)
elif x == 13082:
    print(13082)
elif x == 13083:
    print(13083)
elif x == 13084:
    print(13084)
elif x == 13085:
    print(13085)
elif x == 13086:
    print(13086)
elif x == 13087:
    print(13087)
elif x == 13088:
    print(13088)
elif x == 13089:
    print(13089)
elif x == 13090:
    print(13090)
elif x == 13091:
    print(13091)
elif x == 13092:
    print(13092)
elif x == 13093:
    print(13093)
elif x == 13094:
    print(13094)
elif x == 13095:
    print(13095)
elif x == 13096:
    print(13096)
elif x == 13097:
    print(13097)
elif x == 13098:
    print(13098)
elif x == 13099:
    print(13099)
elif x == 13100:
    print(13100)
elif x == 13101:
    print(13101)
elif x == 13102:
    print(13102)
elif x == 13103:
    print(13103)
elif x == 13104:
    print(13104)
elif x == 13105:
    print(13105)
elif x == 13106:
    print(13106)
elif x == 13107:
    print(13107)
elif x == 13108:
    print(13108)
elif x == 13109:
    print(13109)
elif x == 13110:
    print(13110)
elif x == 13111:
    print(13111)
elif x == 13112:
    print(13112)
elif x == 13113:
    print(13113)
elif x == 13114:
    print(13114)
elif x == 13115:
    print(13115)
elif x == 13116:
    print(13116)
elif x == 13117:
    print(13117)
elif x == 13118:
    print(13118)
elif x == 13119:
    print(13119)
elif x == 13120:
    print(13120)
elif x == 13121:
    print(13121)
elif x == 13122:
    print(13122)
elif x == 13123:
    print(13123)
elif x == 13124:
    print(13124)
elif x == 13125:
    print(13125)
elif x == 13126:
    print(13126)
elif x == 13127:
    print(13127)
elif x == 13128:
    print(13128)
elif x == 13129:
    print(13129)
elif x == 13130:
    print(13130)
elif x == 13131:
    print(13131)
elif x == 13132:
    print(13132)
elif x == 13133:
    print(13133)
elif x == 13134:
    print(13134)
elif x == 13135:
    print(13135)
elif x == 13136:
    print(13136)
elif x == 13137:
    print(13137)
elif x == 13138:
    print(13138)
elif x == 13139:
    print(13139)
elif x == 13140:
    print(13140)
elif x == 13141:
    print(13141)
elif x == 13142:
    print(13142)
elif x == 13143:
    print(13143)
elif x == 13144:
    print(13144)
elif x == 13145:
    print(13145)
elif x == 13146:
    print(13146)
elif x == 13147:
    print(13147)
elif x == 13148:
    print(13148)
elif x == 13149:
    print(13149)
elif x == 13150:
    print(13150)
elif x == 13151:
    print(13151)
elif x == 13152:
    print(13152)
elif x == 13153:
    print(13153)
elif x == 13154:
    print(13154)
elif x == 13155:
    print(13155)
elif x == 13156:
    print(13156)
elif x == 13157:
    print(13157)
elif x == 13158:
    print(13158)
elif x == 13159:
    print(13159)
elif x == 13160:
    print(13160)
elif x == 13161:
    print(13161)
elif x == 13162:
    print(13162)
elif x == 13163:
    print(13163)
elif x == 13164:
    print(13164)
elif x == 13165:
    print(13165)
elif x == 13166:
    print(13166)
elif x == 13167:
    print(13167)
elif x == 13168:
    print(13168)
elif x == 13169:
    print(13169)
elif x == 13170:
    print(13170)
elif x == 13171:
    print(13171)
elif x == 13172:
    print(13172)
elif x == 13173:
    print(13173)
elif x == 13174:
    print(13174)
elif x == 13175:
    print(13175)
elif x == 13176:
    print(13176)
elif x == 13177:
    print(13177)
elif x == 13178:
    print(13178)
elif x == 13179:
    print(13179)
elif x == 13180:
    print(13180)
elif x == 13181:
    print(13181)
elif x == 13182:
    print(13182)
elif x == 13183:
    print(13183)
elif x == 13184:
    print(13184)
elif x == 13185:
    print(13185)
elif x == 13186:
    print(13186)
elif x == 13187:
    print(13187)
elif x == 13188:
    print(13188)
elif x == 13189:
    print(13189)
elif x == 13190:
    print(13190)
elif x == 13191:
    print(13191)
elif x == 13192:
    print(13192)
elif x == 13193:
    print(13193)
elif x == 13194:
    print(13194)
elif x == 13195:
    print(13195)
elif x == 13196:
    print(13196)
elif x == 13197:
    print(13197)
elif x == 13198:
    print(13198)
elif x == 13199:
    print(13199)
elif x == 13200:
    print(13200)
elif x == 13201:
    print(13201)
elif x == 13202:
    print(13202)
elif x == 13203:
    print(13203)
elif x == 13204:
    print(13204)
elif x == 13205:
    print(13205)
elif x == 13206:
    print(13206)
elif x == 13207:
    print(13207)
elif x == 13208:
    print(13208)
elif x == 13209:
    print(13209)
elif x == 13210:
    print(13210)
elif x == 13211:
    print(13211)
elif x == 13212:
    print(13212)
elif x == 13213:
    print(13213)
elif x == 13214:
    print(13214)
elif x == 13215:
    print(13215)
elif x == 13216:
    print(13216)
elif x == 13217:
    print(13217)
elif x == 13218:
    print(13218)
elif x == 13219:
    print(13219)
elif x == 13220:
    print(13220)
elif x == 13221:
    print(13221)
elif x == 13222:
    print(13222)
elif x == 13223:
    print(13223)
elif x == 13224:
    print(13224)
elif x == 13225:
    print(13225)
elif x == 13226:
    print(13226)
elif x == 13227:
    print(13227)
elif x == 13228:
    print(13228)
elif x == 13229:
    print(13229)
elif x == 13230:
    print(13230)
elif x == 13231:
    print(13231)
elif x == 13232:
    print(13232)
elif x == 13233:
    print(13233)
elif x == 13234:
    print(13234)
elif x == 13235:
    print(13235)
elif x == 13236:
    print(13236)
elif x == 13237:
    print(13237)
elif x == 13238:
    print(13238)
elif x == 13239:
    print(13239)
elif x == 13240:
    print(13240)
elif x == 13241:
    print(13241)
elif x == 13242:
    print(13242)
elif x == 13243:
    print(13243)
elif x == 13244:
    print(13244)
elif x == 13245:
    print(13245)
elif x == 13246:
    print(13246)
elif x == 13247:
    print(13247)
elif x == 13248:
    print(13248)
elif x == 13249:
    print(13249)
elif x == 13250:
    print(13250)
elif x == 13251:
    print(13251)
elif x == 13252:
    print(13252)
elif x == 13253:
    print(13253)
elif x == 13254:
    print(13254)
elif x == 13255:
    print(13255)
elif x == 13256:
    print(13256)
elif x == 13257:
    print(13257)
elif x == 13258:
    print(13258)
elif x == 13259:
    print(13259)
elif x == 13260:
    print(13260)
elif x == 13261:
    print(13261)
elif x == 13262:
    print(13262)
elif x == 13263:
    print(13263)
elif x == 13264:
    print(13264)
elif x == 13265:
    print(13265)
elif x == 13266:
    print(13266)
elif x == 13267:
    print(13267)
elif x == 13268:
    print(13268)
elif x == 13269:
    print(13269)
elif x == 13270:
    print(13270)
elif x == 13271:
    print(13271)
elif x == 13272:
    print(13272)
elif x == 13273:
    print(13273)
elif x == 13274:
    print(13274)
elif x == 13275:
    print(13275)
elif x == 13276:
    print(13276)
elif x == 13277:
    print(13277)
elif x == 13278:
    print(13278)
elif x == 13279:
    print(13279)
elif x == 13280:
    print(13280)
elif x == 13281:
    print(13281)
elif x == 13282:
    print(13282)
elif x == 13283:
    print(13283)
elif x == 13284:
    print(13284)
elif x == 13285:
    print(13285)
elif x == 13286:
    print(13286)
elif x == 13287:
    print(13287)
elif x == 13288:
    print(13288)
elif x == 13289:
    print(13289)
elif x == 13290:
    print(13290)
elif x == 13291:
    print(13291)
elif x == 13292:
    print(13292)
elif x == 13293:
    print(13293)
elif x == 13294:
    print(13294)
elif x == 13295:
    print(13295)
elif x == 13296:
    print(13296)
elif x == 13297:
    print(13297)
elif x == 13298:
    print(13298)
elif x == 13299:
    print(13299)
elif x == 13300:
    print(13300)
elif x == 13301:
    print(13301)
elif x == 13302:
    print(13302)
elif x == 13303:
    print(13303)
elif x == 13304:
    print(13304)
elif x == 13305:
    print(13305)
elif x == 13306:
    print(13306)
elif x == 13307:
    print(13307)
elif x == 13308:
    print(13308)
elif x == 13309:
    print(13309)
elif x == 13310:
    print(13310)
elif x == 13311:
    print(13311)
elif x == 13312:
    print(13312)
elif x == 13313:
    print(13313)
elif x == 13314:
    print(13314)
elif x == 13315:
    print(13315)
elif x == 13316:
    print(13316)
elif x == 13317:
    print(13317)
elif x == 13318:
    print(13318)
elif x == 13319:
    print(13319)
elif x == 13320:
    print(13320)
elif x == 13321:
    print(13321)
elif x == 13322:
    print(13322)
elif x == 13323:
    print(13323)
elif x == 13324:
    print(13324)
elif x == 13325:
    print(13325)
elif x == 13326:
    print(13326)
elif x == 13327:
    print(13327)
elif x == 13328:
    print(13328)
elif x == 13329:
    print(13329)
elif x == 13330:
    print(13330)
elif x == 13331:
    print(13331)
elif x == 13332:
    print(13332)
elif x == 13333:
    print(13333)
elif x == 13334:
    print(13334)
elif x == 13335:
    print(13335)
elif x == 13336:
    print(13336)
elif x == 13337:
    print(13337)
elif x == 13338:
    print(13338)
elif x == 13339:
    print(13339)
elif x == 13340:
    print(13340)
elif x == 13341:
    print(13341)
elif x == 13342:
    print(13342)
elif x == 13343:
    print(13343)
elif x == 13344:
    print(13344)
elif x == 13345:
    print(13345)
elif x == 13346:
    print(13346)
elif x == 13347:
    print(13347)
elif x == 13348:
    print(13348)
elif x == 13349:
    print(13349)
elif x == 13350:
    print(13350)
elif x == 13351:
    print(13351)
elif x == 13352:
    print(13352)
elif x == 13353:
    print(13353)
elif x == 13354:
    print(13354)
elif x == 13355:
    print(13355)
elif x == 13356:
    print(13356)
elif x == 13357:
    print(13357)
elif x == 13358:
    print(13358)
elif x == 13359:
    print(13359)
elif x == 13360:
    print(13360)
elif x == 13361:
    print(13361)
elif x == 13362:
    print(13362)
elif x == 13363:
    print(13363)
elif x == 13364:
    print(13364)
elif x == 13365:
    print(13365)
elif x == 13366:
    print(13366)
elif x == 13367:
    print(13367)
elif x == 13368:
    print(13368)
elif x == 13369:
    print(13369)
elif x == 13370:
    print(13370)
elif x == 13371:
    print(13371)
elif x == 13372:
    print(13372)
elif x == 13373:
    print(13373)
elif x == 13374:
    print(13374)
elif x == 13375:
    print(13375)
elif x == 13376:
    print(13376)
elif x == 13377:
    print(13377)
elif x == 13378:
    print(13378)
elif x == 13379:
    print(13379)
elif x == 13380:
    print(13380)
elif x == 13381:
    print(13381)
elif x == 13382:
    print(13382)
elif x == 13383:
    print(13383)
elif x == 13384:
    print(13384)
elif x == 13385:
    print(13385)
elif x == 13386:
    print(13386)
elif x == 13387:
    print(13387)
elif x == 13388:
    print(13388)
elif x == 13389:
    print(13389)
elif x == 13390:
    print(13390)
elif x == 13391:
    print(13391)
elif x == 13392:
    print(13392)
elif x == 13393:
    print(13393)
elif x == 13394:
    print(13394)
elif x == 13395:
    print(13395)
elif x == 13396:
    print(13396)
elif x == 13397:
    print(13397)
elif x == 13398:
    print(13398)
elif x == 13399:
    print(13399)
elif x == 13400:
    print(13400)
elif x == 13401:
    print(13401)
elif x == 13402:
    print(13402)
elif x == 13403:
    print(13403)
elif x == 13404:
    print(13404)
elif x == 13405:
    print(13405)
elif x == 13406:
    print(13406)
elif x == 13407:
    print(13407)
elif x == 13408:
    print(13408)
elif x == 13409:
    print(13409)
elif x == 13410:
    print(13410)
elif x == 13411:
    print(13411)
elif x == 13412:
    print(13412)
elif x == 13413:
    print(13413)
elif x == 13414:
    print(13414)
elif x == 13415:
    print(13415)
elif x == 13416:
    print(13416)
elif x == 13417:
    print(13417)
elif x == 13418:
    print(13418)
elif x == 13419:
    print(13419)
elif x == 13420:
    print(13420)
elif x == 13421:
    print(13421)
elif x == 13422:
    print(13422)
elif x == 13423:
    print(13423)
elif x == 13424:
    print(13424)
elif x == 13425:
    print(13425)
elif x == 13426:
    print(13426)
elif x == 13427:
    print(13427)
elif x == 13428:
    print(13428)
elif x == 13429:
    print(13429)
elif x == 13430:
    print(13430)
elif x == 13431:
    print(13431)
elif x == 13432:
    print(13432)
elif x == 13433:
    print(13433)
elif x == 13434:
    print(13434)
elif x == 13435:
    print(13435)
elif x == 13436:
    print(13436)
elif x == 13437:
    print(13437)
elif x == 13438:
    print(13438)
elif x == 13439:
    print(13439)
elif x == 13440:
    print(13440)
elif x == 13441:
    print(13441)
elif x == 13442:
    print(13442)
elif x == 13443:
    print(13443)
elif x == 13444:
    print(13444)
elif x == 13445:
    print(13445)
elif x == 13446:
    print(13446)
elif x == 13447:
    print(13447)
elif x == 13448:
    print(13448)
elif x == 13449:
    print(13449)
elif x == 13450:
    print(13450)
elif x == 13451:
    print(13451)
elif x == 13452:
    print(13452)
elif x == 13453:
    print(13453)
elif x == 13454:
    print(13454)
elif x == 13455:
    print(13455)
elif x == 13456:
    print(13456)
elif x == 13457:
    print(13457)
elif x == 13458:
    print(13458)
elif x == 13459:
    print(13459)
elif x == 13460:
    print(13460)
elif x == 13461:
    print(13461)
elif x == 13462:
    print(13462)
elif x == 13463:
    print(13463)
elif x == 13464:
    print(13464)
elif x == 13465:
    print(13465)
elif x == 13466:
    print(13466)
elif x == 13467:
    print(13467)
elif x == 13468:
    print(13468)
elif x == 13469:
    print(13469)
elif x == 13470:
    print(13470)
elif x == 13471:
    print(13471)
elif x == 13472:
    print(13472)
elif x == 13473:
    print(13473)
elif x == 13474:
    print(13474)
elif x == 13475:
    print(13475)
elif x == 13476:
    print(13476)
elif x == 13477:
    print(13477)
elif x == 13478:
    print(13478)
elif x == 13479:
    print(13479)
elif x == 13480:
    print(13480)
elif x == 13481:
    print(13481)
elif x == 13482:
    print(13482)
elif x == 13483:
    print(13483)
elif x == 13484:
    print(13484)
elif x == 13485:
    print(13485)
elif x == 13486:
    print(13486)
elif x == 13487:
    print(13487)
elif x == 13488:
    print(13488)
elif x == 13489:
    print(13489)
elif x == 13490:
    print(13490)
elif x == 13491:
    print(13491)
elif x == 13492:
    print(13492)
elif x == 13493:
    print(13493)
elif x == 13494:
    print(13494)
elif x == 13495:
    print(13495)
elif x == 13496:
    print(13496)
elif x == 13497:
    print(13497)
elif x == 13498:
    print(13498)
elif x == 13499:
    print(13499)
elif x == 13500:
    print(13500)
elif x == 13501:
    print(13501)
elif x == 13502:
    print(13502)
elif x == 13503:
    print(13503)
elif x == 13504:
    print(13504)
elif x == 13505:
    print(13505)
elif x == 13506:
    print(13506)
elif x == 13507:
    print(13507)
elif x == 13508:
    print(13508)
elif x == 13509:
    print(13509)
elif x == 13510:
    print(13510)
elif x == 13511:
    print(13511)
elif x == 13512:
    print(13512)
elif x == 13513:
    print(13513)
elif x == 13514:
    print(13514)
elif x == 13515:
    print(13515)
elif x == 13516:
    print(13516)
elif x == 13517:
    print(13517)
elif x == 13518:
    print(13518)
elif x == 13519:
    print(13519)
elif x == 13520:
    print(13520)
elif x == 13521:
    print(13521)
elif x == 13522:
    print(13522)
elif x == 13523:
    print(13523)
elif x == 13524:
    print(13524)
elif x == 13525:
    print(13525)
elif x == 13526:
    print(13526)
elif x == 13527:
    print(13527)
elif x == 13528:
    print(13528)
elif x == 13529:
    print(13529)
elif x == 13530:
    print(13530)
elif x == 13531:
    print(13531)
elif x == 13532:
    print(13532)
elif x == 13533:
    print(13533)
elif x == 13534:
    print(13534)
elif x == 13535:
    print(13535)
elif x == 13536:
    print(13536)
elif x == 13537:
    print(13537)
elif x == 13538:
    print(13538)
elif x == 13539:
    print(13539)
elif x == 13540:
    print(13540)
elif x == 13541:
    print(13541)
elif x == 13542:
    print(13542)
elif x == 13543:
    print(13543)
elif x == 13544:
    print(13544)
elif x == 13545:
    print(13545)
elif x == 13546:
    print(13546)
elif x == 13547:
    print(13547)
elif x == 13548:
    print(13548)
elif x == 13549:
    print(13549)
elif x == 13550:
    print(13550)
elif x == 13551:
    print(13551)
elif x == 13552:
    print(13552)
elif x == 13553:
    print(13553)
elif x == 13554:
    print(13554)
elif x == 13555:
    print(13555)
elif x == 13556:
    print(13556)
elif x == 13557:
    print(13557)
elif x == 13558:
    print(13558)
elif x == 13559:
    print(13559)
elif x == 13560:
    print(13560)
elif x == 13561:
    print(13561)
elif x == 13562:
    print(13562)
elif x == 13563:
    print(13563)
elif x == 13564:
    print(13564)
elif x == 13565:
    print(13565)
elif x == 13566:
    print(13566)
elif x == 13567:
    print(13567)
elif x == 13568:
    print(13568)
elif x == 13569:
    print(13569)
elif x == 13570:
    print(13570)
elif x == 13571:
    print(13571)
elif x == 13572:
    print(13572)
elif x == 13573:
    print(13573)
elif x == 13574:
    print(13574)
elif x == 13575:
    print(13575)
elif x == 13576:
    print(13576)
elif x == 13577:
    print(13577)
elif x == 13578:
    print(13578)
elif x == 13579:
    print(13579)
elif x == 13580:
    print(13580)
elif x == 13581:
    print(13581)
elif x == 13582:
    print(13582)
elif x == 13583:
    print(13583)
elif x == 13584:
    print(13584)
elif x == 13585:
    print(13585)
elif x == 13586:
    print(13586)
elif x == 13587:
    print(13587)
elif x == 13588:
    print(13588)
elif x == 13589:
    print(13589)
elif x == 13590:
    print(13590)
elif x == 13591:
    print(13591)
elif x == 13592:
    print(13592)
elif x == 13593:
    print(13593)
elif x == 13594:
    print(13594)
elif x == 13595:
    print(13595)
elif x == 13596:
    print(13596)
elif x == 13597:
    print(13597)
elif x == 13598:
    print(13598)
elif x == 13599:
    print(13599)
elif x == 13600:
    print(13600)
elif x == 13601:
    print(13601)
elif x == 13602:
    print(13602)
elif x == 13603:
    print(13603)
elif x == 13604:
    print(13604)
elif x == 13605:
    print(13605)
elif x == 13606:
    print(13606)
elif x == 13607:
    print(13607)
elif x == 13608:
    print(13608)
elif x == 13609:
    print(13609)
elif x == 13610:
    print(13610)
elif x == 13611:
    print(13611)
elif x == 13612:
    print(13612)
elif x == 13613:
    print(13613)
elif x == 13614:
    print(13614)
elif x == 13615:
    print(13615)
elif x == 13616:
    print(13616)
elif x == 13617:
    print(13617)
elif x == 13618:
    print(13618)
elif x == 13619:
    print(13619)
elif x == 13620:
    print(13620)
elif x == 13621:
    print(13621)
elif x == 13622:
    print(13622)
elif x == 13623:
    print(13623)
elif x == 13624:
    print(13624)
elif x == 13625:
    print(13625)
elif x == 13626:
    print(13626)
elif x == 13627:
    print(13627)
elif x == 13628:
    print(13628)
elif x == 13629:
    print(13629)
elif x == 13630:
    print(13630)
elif x == 13631:
    print(13631)
elif x == 13632:
    print(13632)
elif x == 13633:
    print(13633)
elif x == 13634:
    print(13634)
elif x == 13635:
    print(13635)
elif x == 13636:
    print(13636)
elif x == 13637:
    print(13637)
elif x == 13638:
    print(13638)
elif x == 13639:
    print(13639)
elif x == 13640:
    print(13640)
elif x == 13641:
    print(13641)
elif x == 13642:
    print(13642)
elif x == 13643:
    print(13643)
elif x == 13644:
    print(13644)
elif x == 13645:
    print(13645)
elif x == 13646:
    print(13646)
elif x == 13647:
    print(13647)
elif x == 13648:
    print(13648)
elif x == 13649:
    print(13649)
elif x == 13650:
    print(13650)
elif x == 13651:
    print(13651)
elif x == 13652:
    print(13652)
elif x == 13653:
    print(13653)
elif x == 13654:
    print(13654)
elif x == 13655:
    print(13655)
elif x == 13656:
    print(13656)
elif x == 13657:
    print(13657)
elif x == 13658:
    print(13658)
elif x == 13659:
    print(13659)
elif x == 13660:
    print(13660)
elif x == 13661:
    print(13661)
elif x == 13662:
    print(13662)
elif x == 13663:
    print(13663)
elif x == 13664:
    print(13664)
elif x == 13665:
    print(13665)
elif x == 13666:
    print(13666)
elif x == 13667:
    print(13667)
elif x == 13668:
    print(13668)
elif x == 13669:
    print(13669)
elif x == 13670:
    print(13670)
elif x == 13671:
    print(13671)
elif x == 13672:
    print(13672)
elif x == 13673:
    print(13673)
elif x == 13674:
    print(13674)
elif x == 13675:
    print(13675)
elif x == 13676:
    print(13676)
elif x == 13677:
    print(13677)
elif x == 13678:
    print(13678)
elif x == 13679:
    print(13679)
elif x == 13680:
    print(13680)
elif x == 13681:
    print(13681)
elif x == 13682:
    print(13682)
elif x == 13683:
    print(13683)
elif x == 13684:
    print(13684)
elif x == 13685:
    print(13685)
elif x == 13686:
    print(13686)
elif x == 13687:
    print(13687)
elif x == 13688:
    print(13688)
elif x == 13689:
    print(13689)
elif x == 13690:
    print(13690)
elif x == 13691:
    print(13691)
elif x == 13692:
    print(13692)
elif x == 13693:
    print(13693)
elif x == 13694:
    print(13694)
elif x == 13695:
    print(13695)
elif x == 13696:
    print(13696)
elif x == 13697:
    print(13697)
elif x == 13698:
    print(13698)
elif x == 13699:
    print(13699)
elif x == 13700:
    print(13700)
elif x == 13701:
    print(13701)
elif x == 13702:
    print(13702)
elif x == 13703:
    print(13703)
elif x == 13704:
    print(13704)
elif x == 13705:
    print(13705)
elif x == 13706:
    print(13706)
elif x == 13707:
    print(13707)
elif x == 13708:
    print(13708)
elif x == 13709:
    print(13709)
elif x == 13710:
    print(13710)
elif x == 13711:
    print(13711)
elif x == 13712:
    print(13712)
elif x == 13713:
    print(13713)
elif x == 13714:
    print(13714)
elif x == 13715:
    print(13715)
elif x == 13716:
    print(13716)
elif x == 13717:
    print(13717)
elif x == 13718:
    print(13718)
elif x == 13719:
    print(13719)
elif x == 13720:
    print(13720)
elif x == 13721:
    print(13721)
elif x == 13722:
    print(13722)
elif x == 13723:
    print(13723)
elif x == 13724:
    print(13724)
elif x == 13725:
    print(13725)
elif x == 13726:
    print(13726)
elif x == 13727:
    print(13727)
elif x == 13728:
    print(13728)
elif x == 13729:
    print(13729)
elif x == 13730:
    print(13730)
elif x == 13731:
    print(13731)
elif x == 13732:
    print(13732)
elif x == 13733:
    print(13733)
elif x == 13734:
    print(13734)
elif x == 13735:
    print(13735)
elif x == 13736:
    print(13736)
elif x == 13737:
    print(13737)
elif x == 13738:
    print(13738)
elif x == 13739:
    print(13739)
elif x == 13740:
    print(13740)
elif x == 13741:
    print(13741)
elif x == 13742:
    print(13742)
elif x == 13743:
    print(13743)
elif x == 13744:
    print(13744)
elif x == 13745:
    print(13745)
elif x == 13746:
    print(13746)
elif x == 13747:
    print(13747)
elif x == 13748:
    print(13748)
elif x == 13749:
    print(13749)
elif x == 13750:
    print(13750)
elif x == 13751:
    print(13751)
elif x == 13752:
    print(13752)
elif x == 13753:
    print(13753)
elif x == 13754:
    print(13754)
elif x == 13755:
    print(13755)
elif x == 13756:
    print(13756)
elif x == 13757:
    print(13757)
elif x == 13758:
    print(13758)
elif x == 13759:
    print(13759)
elif x == 13760:
    print(13760)
elif x == 13761:
    print(13761)
elif x == 13762:
    print(13762)
elif x == 13763:
    print(13763)
elif x == 13764:
    print(13764)
elif x == 13765:
    print(13765)
elif x == 13766:
    print(13766)
elif x == 13767:
    print(13767)
elif x == 13768:
    print(13768)
elif x == 13769:
    print(13769)
elif x == 13770:
    print(13770)
elif x == 13771:
    print(13771)
elif x == 13772:
    print(13772)
elif x == 13773:
    print(13773)
elif x == 13774:
    print(13774)
elif x == 13775:
    print(13775)
elif x == 13776:
    print(13776)
elif x == 13777:
    print(13777)
elif x == 13778:
    print(13778)
elif x == 13779:
    print(13779)
elif x == 13780:
    print(13780)
elif x == 13781:
    print(13781)
elif x == 13782:
    print(13782)
elif x == 13783:
    print(13783)
elif x == 13784:
    print(13784)
elif x == 13785:
    print(13785)
elif x == 13786:
    print(13786)
elif x == 13787:
    print(13787)
elif x == 13788:
    print(13788)
elif x == 13789:
    print(13789)
elif x == 13790:
    print(13790)
elif x == 13791:
    print(13791)
elif x == 13792:
    print(13792)
elif x == 13793:
    print(13793)
elif x == 13794:
    print(13794)
elif x == 13795:
    print(13795)
elif x == 13796:
    print(13796)
elif x == 13797:
    print(13797)
elif x == 13798:
    print(13798)
elif x == 13799:
    print(13799)
elif x == 13800:
    print(13800)
elif x == 13801:
    print(13801)
elif x == 13802:
    print(13802)
elif x == 13803:
    print(13803)
elif x == 13804:
    print(13804)
elif x == 13805:
    print(13805)
elif x == 13806:
    print(13806)
elif x == 13807:
    print(13807)
elif x == 13808:
    print(13808)
elif x == 13809:
    print(13809)
elif x == 13810:
    print(13810)
elif x == 13811:
    print(13811)
elif x == 13812:
    print(13812)
elif x == 13813:
    print(13813)
elif x == 13814:
    print(13814)
elif x == 13815:
    print(13815)
elif x == 13816:
    print(13816)
elif x == 13817:
    print(13817)
elif x == 13818:
    print(13818)
elif x == 13819:
    print(13819)
elif x == 13820:
    print(13820)
elif x == 13821:
    print(13821)
elif x == 13822:
    print(13822)
elif x == 13823:
    print(13823)
elif x == 13824:
    print(13824)
elif x == 13825:
    print(13825)
elif x == 13826:
    print(13826)
elif x == 13827:
    print(13827)
elif x == 13828:
    print(13828)
elif x == 13829:
    print(13829)
elif x == 13830:
    print(13830)
elif x == 13831:
    print(13831)
elif x == 13832:
    print(13832)
elif x == 13833:
    print(13833)
elif x == 13834:
    print(13834)
elif x == 13835:
    print(13835)
elif x == 13836:
    print(13836)
elif x == 13837:
    print(13837)
elif x == 13838:
    print(13838)
elif x == 13839:
    print(13839)
elif x == 13840:
    print(13840)
elif x == 13841:
    print(13841)
elif x == 13842:
    print(13842)
elif x == 13843:
    print(13843)
elif x == 13844:
    print(13844)
elif x == 13845:
    print(13845)
elif x == 13846:
    print(13846)
elif x == 13847:
    print(13847)
elif x == 13848:
    print(13848)
elif x == 13849:
    print(13849)
elif x == 13850:
    print(13850)
elif x == 13851:
    print(13851)
elif x == 13852:
    print(13852)
elif x == 13853:
    print(13853)
elif x == 13854:
    print(13854)
elif x == 13855:
    print(13855)
elif x == 13856:
    print(13856)
elif x == 13857:
    print(13857)
elif x == 13858:
    print(13858)
elif x == 13859:
    print(13859)
elif x == 13860:
    print(13860)
elif x == 13861:
    print(13861)
elif x == 13862:
    print(13862)
elif x == 13863:
    print(13863)
elif x == 13864:
    print(13864)
elif x == 13865:
    print(13865)
elif x == 13866:
    print(13866)
elif x == 13867:
    print(13867)
elif x == 13868:
    print(13868)
elif x == 13869:
    print(13869)
elif x == 13870:
    print(13870)
elif x == 13871:
    print(13871)
elif x == 13872:
    print(13872)
elif x == 13873:
    print(13873)
elif x == 13874:
    print(13874)
elif x == 13875:
    print(13875)
elif x == 13876:
    print(13876)
elif x == 13877:
    print(13877)
elif x == 13878:
    print(13878)
elif x == 13879:
    print(13879)
elif x == 13880:
    print(13880)
elif x == 13881:
    print(13881)
elif x == 13882:
    print(13882)
elif x == 13883:
    print(13883)
elif x == 13884:
    print(13884)
elif x == 13885:
    print(13885)
elif x == 13886:
    print(13886)
elif x == 13887:
    print(13887)
elif x == 13888:
    print(13888)
elif x == 13889:
    print(13889)
elif x == 13890:
    print(13890)
elif x == 13891:
    print(13891)
elif x == 13892:
    print(13892)
elif x == 13893:
    print(13893)
elif x == 13894:
    print(13894)
elif x == 13895:
    print(13895)
elif x == 13896:
    print(13896)
elif x == 13897:
    print(13897)
elif x == 13898:
    print(13898)
elif x == 13899:
    print(13899)
elif x == 13900:
    print(13900)
elif x == 13901:
    print(13901)
elif x == 13902:
    print(13902)
elif x == 13903:
    print(13903)
elif x == 13904:
    print(13904)
elif x == 13905:
    print(13905)
elif x == 13906:
    print(13906)
elif x == 13907:
    print(13907)
elif x == 13908:
    print(13908)
elif x == 13909:
    print(13909)
elif x == 13910:
    print(13910)
elif x == 13911:
    print(13911)
elif x == 13912:
    print(13912)
elif x == 13913:
    print(13913)
elif x == 13914:
    print(13914)
elif x == 13915:
    print(13915)
elif x == 13916:
    print(13916)
elif x == 13917:
    print(13917)
elif x == 13918:
    print(13918)
elif x == 13919:
    print(13919)
elif x == 13920:
    print(13920)
elif x == 13921:
    print(13921)
elif x == 13922:
    print(13922)
elif x == 13923:
    print(13923)
elif x == 13924:
    print(13924)
elif x == 13925:
    print(13925)
elif x == 13926:
    print(13926)
elif x == 13927:
    print(13927)
elif x == 13928:
    print(13928)
elif x == 13929:
    print(13929)
elif x == 13930:
    print(13930)
elif x == 13931:
    print(13931)
elif x == 13932:
    print(13932)
elif x == 13933:
    print(13933)
elif x == 13934:
    print(13934)
elif x == 13935:
    print(13935)
elif x == 13936:
    print(13936)
elif x == 13937:
    print(13937)
elif x == 13938:
    print(13938)
elif x == 13939:
    print(13939)
elif x == 13940:
    print(13940)
elif x == 13941:
    print(13941)
elif x == 13942:
    print(13942)
elif x == 13943:
    print(13943)
elif x == 13944:
    print(13944)
elif x == 13945:
    print(13945)
elif x == 13946:
    print(13946)
elif x == 13947:
    print(13947)
elif x == 13948:
    print(13948)
elif x == 13949:
    print(13949)
elif x == 13950:
    print(13950)
elif x == 13951:
    print(13951)
elif x == 13952:
    print(13952)
elif x == 13953:
    print(13953)
elif x == 13954:
    print(13954)
elif x == 13955:
    print(13955)
elif x == 13956:
    print(13956)
elif x == 13957:
    print(13957)
elif x == 13958:
    print(13958)
elif x == 13959:
    print(13959)
elif x == 13960:
    print(13960)
elif x == 13961:
    print(13961)
elif x == 13962:
    print(13962)
elif x == 13963:
    print(13963)
elif x == 13964:
    print(13964)
elif x == 13965:
    print(13965)
elif x == 13966:
    print(13966)
elif x == 13967:
    print(13967)
elif x == 13968:
    print(13968)
elif x == 13969:
    print(13969)
elif x == 13970:
    print(13970)
elif x == 13971:
    print(13971)
elif x == 13972:
    print(13972)
elif x == 13973:
    print(13973)
elif x == 13974:
    print(13974)
elif x == 13975:
    print(13975)
elif x == 13976:
    print(13976)
elif x == 13977:
    print(13977)
elif x == 13978:
    print(13978)
elif x == 13979:
    print(13979)
elif x == 13980:
    print(13980)
elif x == 13981:
    print(13981)
elif x == 13982:
    print(13982)
elif x == 13983:
    print(13983)
elif x == 13984:
    print(13984)
elif x == 13985:
    print(13985)
elif x == 13986:
    print(13986)
elif x == 13987:
    print(13987)
elif x == 13988:
    print(13988)
elif x == 13989:
    print(13989)
elif x == 13990:
    print(13990)
elif x == 13991:
    print(13991)
elif x == 13992:
    print(13992)
elif x == 13993:
    print(13993)
elif x == 13994:
    print(13994)
elif x == 13995:
    print(13995)
elif x == 13996:
    print(13996)
elif x == 13997:
    print(13997)
elif x == 13998:
    print(13998)
elif x == 13999:
    print(13999)
elif x == 14000:
    print(14000)
elif x == 14001:
    print(14001)
elif x == 14002:
    print(14002)
elif x == 14003:
    print(14003)
elif x == 14004:
    print(14004)
elif x == 14005:
    print(14005)
elif x == 14006:
    print(14006)
elif x == 14007:
    print(14007)
elif x == 14008:
    print(14008)
elif x == 14009:
    print(14009)
elif x == 14010:
    print(14010)
elif x == 14011:
    print(14011)
elif x == 14012:
    print(14012)
elif x == 14013:
    print(14013)
elif x == 14014:
    print(14014)
elif x == 14015:
    print(14015)
elif x == 14016:
    print(14016)
elif x == 14017:
    print(14017)
elif x == 14018:
    print(14018)
elif x == 14019:
    print(14019)
elif x == 14020:
    print(14020)
elif x == 14021:
    print(14021)
elif x == 14022:
    print(14022)
elif x == 14023:
    print(14023)
elif x == 14024:
    print(14024)
elif x == 14025:
    print(14025)
elif x == 14026:
    print(14026)
elif x == 14027:
    print(14027)
elif x == 14028:
    print(14028)
elif x == 14029:
    print(14029)
elif x == 14030:
    print(14030)
elif x == 14031:
    print(14031)
elif x == 14032:
    print(14032)
elif x == 14033:
    print(14033)
elif x == 14034:
    print(14034)
elif x == 14035:
    print(14035)
elif x == 14036:
    print(14036)
elif x == 14037:
    print(14037)
elif x == 14038:
    print(14038)
elif x == 14039:
    print(14039)
elif x == 14040:
    print(14040)
elif x == 14041:
    print(14041)
elif x == 14042:
    print(14042)
elif x == 14043:
    print(14043)
elif x == 14044:
    print(14044)
elif x == 14045:
    print(14045)
elif x == 14046:
    print(14046)
elif x == 14047:
    print(14047)
elif x == 14048:
    print(14048)
elif x == 14049:
    print(14049)
elif x == 14050:
    print(14050)
elif x == 14051:
    print(14051)
elif x == 14052:
    print(14052)
elif x == 14053:
    print(14053)
elif x == 14054:
    print(14054)
elif x == 14055:
    print(14055)
elif x == 14056:
    print(14056)
elif x == 14057:
    print(14057)
elif x == 14058:
    print(14058)
elif x == 14059:
    print(14059)
elif x == 14060:
    print(14060)
elif x == 14061:
    print(14061)
elif x == 14062:
    print(14062)
elif x == 14063:
    print(14063)
elif x == 14064:
    print(14064)
elif x == 14065:
    print(14065)
elif x == 14066:
    print(14066)
elif x == 14067:
    print(14067)
elif x == 14068:
    print(14068)
elif x == 14069:
    print(14069)
elif x == 14070:
    print(14070)
elif x == 14071:
    print(14071)
elif x == 14072:
    print(14072)
elif x == 14073:
    print(14073)
elif x == 14074:
    print(14074)
elif x == 14075:
    print(14075)
elif x == 14076:
    print(14076)
elif x == 14077:
    print(14077)
elif x == 14078:
    print(14078)
elif x == 14079:
    print(14079)
elif x == 14080:
    print(14080)
elif x == 14081:
    print(14081)
elif x == 14082:
    print(14082)
elif x == 14083:
    print(14083)
elif x == 14084:
    print(14084)
elif x == 14085:
    print(14085)
elif x == 14086:
    print(14086)
elif x == 14087:
    print(14087)
elif x == 14088:
    print(14088)
elif x == 14089:
    print(14089)
elif x == 14090:
    print(14090)
elif x == 14091:
    print(14091)
elif x == 14092:
    print(14092)
elif x == 14093:
    print(14093)
elif x == 14094:
    print(14094)
elif x == 14095:
    print(14095)
elif x == 14096:
    print(14096)
elif x == 14097:
    print(14097)
elif x == 14098:
    print(14098)
elif x == 14099:
    print(14099)
elif x == 14100:
    print(14100)
elif x == 14101:
    print(14101)
elif x == 14102:
    print(14102)
elif x == 14103:
    print(14103)
elif x == 14104:
    print(14104)
elif x == 14105:
    print(14105)
elif x == 14106:
    print(14106)
elif x == 14107:
    print(14107)
elif x == 14108:
    print(14108)
elif x == 14109:
    print(14109)
elif x == 14110:
    print(14110)
elif x == 14111:
    print(14111)
elif x == 14112:
    print(14112)
elif x == 14113:
    print(14113)
elif x == 14114:
    print(14114)
elif x == 14115:
    print(14115)
elif x == 14116:
    print(14116)
elif x == 14117:
    print(14117)
elif x == 14118:
    print(14118)
elif x == 14119:
    print(14119)
elif x == 14120:
    print(14120)
elif x == 14121:
    print(14121)
elif x == 14122:
    print(14122)
elif x == 14123:
    print(14123)
elif x == 14124:
    print(14124)
elif x == 14125:
    print(14125)
elif x == 14126:
    print(14126)
elif x == 14127:
    print(14127)
elif x == 14128:
    print(14128)
elif x == 14129:
    print(14129)
elif x == 14130:
    print(14130)
elif x == 14131:
    print(14131)
elif x == 14132:
    print(14132)
elif x == 14133:
    print(14133)
elif x == 14134:
    print(14134)
elif x == 14135:
    print(14135)
elif x == 14136:
    print(14136)
elif x == 14137:
    print(14137)
elif x == 14138:
    print(14138)
elif x == 14139:
    print(14139)
elif x == 14140:
    print(14140)
elif x == 14141:
    print(14141)
elif x == 14142:
    print(14142)
elif x == 14143:
    print(14143)
elif x == 14144:
    print(14144)
elif x == 14145:
    print(14145)
elif x == 14146:
    print(14146)
elif x == 14147:
    print(14147)
elif x == 14148:
    print(14148)
elif x == 14149:
    print(14149)
elif x == 14150:
    print(14150)
elif x == 14151:
    print(14151)
elif x == 14152:
    print(14152)
elif x == 14153:
    print(14153)
elif x == 14154:
    print(14154)
elif x == 14155:
    print(14155)
elif x == 14156:
    print(14156)
elif x == 14157:
    print(14157)
elif x == 14158:
    print(14158)
elif x == 14159:
    print(14159)
elif x == 14160:
    print(14160)
elif x == 14161:
    print(14161)
elif x == 14162:
    print(14162)
elif x == 14163:
    print(14163)
elif x == 14164:
    print(14164)
elif x == 14165:
    print(14165)
elif x == 14166:
    print(14166)
elif x == 14167:
    print(14167)
elif x == 14168:
    print(14168)
elif x == 14169:
    print(14169)
elif x == 14170:
    print(14170)
elif x == 14171:
    print(14171)
elif x == 14172:
    print(14172)
elif x == 14173:
    print(14173)
elif x == 14174:
    print(14174)
elif x == 14175:
    print(14175)
elif x == 14176:
    print(14176)
elif x == 14177:
    print(14177)
elif x == 14178:
    print(14178)
elif x == 14179:
    print(14179)
elif x == 14180:
    print(14180)
elif x == 14181:
    print(14181)
elif x == 14182:
    print(14182)
elif x == 14183:
    print(14183)
elif x == 14184:
    print(14184)
elif x == 14185:
    print(14185)
elif x == 14186:
    print(14186)
elif x == 14187:
    print(14187)
elif x == 14188:
    print(14188)
elif x == 14189:
    print(14189)
elif x == 14190:
    print(14190)
elif x == 14191:
    print(14191)
elif x == 14192:
    print(14192)
elif x == 14193:
    print(14193)
elif x == 14194:
    print(14194)
elif x == 14195:
    print(14195)
elif x == 14196:
    print(14196)
elif x == 14197:
    print(14197)
elif x == 14198:
    print(14198)
elif x == 14199:
    print(14199)
elif x == 14200:
    print(14200)
elif x == 14201:
    print(14201)
elif x == 14202:
    print(14202)
elif x == 14203:
    print(14203)
elif x == 14204:
    print(14204)
elif x == 14205:
    print(14205)
elif x == 14206:
    print(14206)
elif x == 14207:
    print(14207)
elif x == 14208:
    print(14208)
elif x == 14209:
    print(14209)
elif x == 14210:
    print(14210)
elif x == 14211:
    print(14211)
elif x == 14212:
    print(14212)
elif x == 14213:
    print(14213)
elif x == 14214:
    print(14214)
elif x == 14215:
    print(14215)
elif x == 14216:
    print(14216)
elif x == 14217:
    print(14217)
elif x == 14218:
    print(14218)
elif x == 14219:
    print(14219)
elif x == 14220:
    print(14220)
elif x == 14221:
    print(14221)
elif x == 14222:
    print(14222)
elif x == 14223:
    print(14223)
elif x == 14224:
    print(14224)
elif x == 14225:
    print(14225)
elif x == 14226:
    print(14226)
elif x == 14227:
    print(14227)
elif x == 14228:
    print(14228)
elif x == 14229:
    print(14229)
elif x == 14230:
    print(14230)
elif x == 14231:
    print(14231)
elif x == 14232:
    print(14232)
elif x == 14233:
    print(14233)
elif x == 14234:
    print(14234)
elif x == 14235:
    print(14235)
elif x == 14236:
    print(14236)
elif x == 14237:
    print(14237)
elif x == 14238:
    print(14238)
elif x == 14239:
    print(14239)
elif x == 14240:
    print(14240)
elif x == 14241:
    print(14241)
elif x == 14242:
    print(14242)
elif x == 14243:
    print(14243)
elif x == 14244:
    print(14244)
elif x == 14245:
    print(14245)
elif x == 14246:
    print(14246)
elif x == 14247:
    print(14247)
elif x == 14248:
    print(14248)
elif x == 14249:
    print(14249)
elif x == 14250:
    print(14250)
elif x == 14251:
    print(14251)
elif x == 14252:
    print(14252)
elif x == 14253:
    print(14253)
elif x == 14254:
    print(14254)
elif x == 14255:
    print(14255)
elif x == 14256:
    print(14256)
elif x == 14257:
    print(14257)
elif x == 14258:
    print(14258)
elif x == 14259:
    print(14259)
elif x == 14260:
    print(14260)
elif x == 14261:
    print(14261)
elif x == 14262:
    print(14262)
elif x == 14263:
    print(14263)
elif x == 14264:
    print(14264)
elif x == 14265:
    print(14265)
elif x == 14266:
    print(14266)
elif x == 14267:
    print(14267)
elif x == 14268:
    print(14268)
elif x == 14269:
    print(14269)
elif x == 14270:
    print(14270)
elif x == 14271:
    print(14271)
elif x == 14272:
    print(14272)
elif x == 14273:
    print(14273)
elif x == 14274:
    print(14274)
elif x == 14275:
    print(14275)
elif x == 14276:
    print(14276)
elif x == 14277:
    print(14277)
elif x == 14278:
    print(14278)
elif x == 14279:
    print(14279)
elif x == 14280:
    print(14280)
elif x == 14281:
    print(14281)
elif x == 14282:
    print(14282)
elif x == 14283:
    print(14283)
elif x == 14284:
    print(14284)
elif x == 14285:
    print(14285)
elif x == 14286:
    print(14286)
elif x == 14287:
    print(14287)
elif x == 14288:
    print(14288)
elif x == 14289:
    print(14289)
elif x == 14290:
    print(14290)
elif x == 14291:
    print(14291)
elif x == 14292:
    print(14292)
elif x == 14293:
    print(14293)
elif x == 14294:
    print(14294)
elif x == 14295:
    print(14295)
elif x == 14296:
    print(14296)
elif x == 14297:
    print(14297)
elif x == 14298:
    print(14298)
elif x == 14299:
    print(14299)
elif x == 14300:
    print(14300)
elif x == 14301:
    print(14301)
elif x == 14302:
    print(14302)
elif x == 14303:
    print(14303)
elif x == 14304:
    print(14304)
elif x == 14305:
    print(14305)
elif x == 14306:
    print(14306)
elif x == 14307:
    print(14307)
elif x == 14308:
    print(14308)
elif x == 14309:
    print(14309)
elif x == 14310:
    print(14310)
elif x == 14311:
    print(14311)
elif x == 14312:
    print(14312)
elif x == 14313:
    print(14313)
elif x == 14314:
    print(14314)
elif x == 14315:
    print(14315)
elif x == 14316:
    print(14316)
elif x == 14317:
    print(14317)
elif x == 14318:
    print(14318)
elif x == 14319:
    print(14319)
elif x == 14320:
    print(14320)
elif x == 14321:
    print(14321)
elif x == 14322:
    print(14322)
elif x == 14323:
    print(14323)
elif x == 14324:
    print(14324)
elif x == 14325:
    print(14325)
elif x == 14326:
    print(14326)
elif x == 14327:
    print(14327)
elif x == 14328:
    print(14328)
elif x == 14329:
    print(14329)
elif x == 14330:
    print(14330)
elif x == 14331:
    print(14331)
elif x == 14332:
    print(14332)
elif x == 14333:
    print(14333)
elif x == 14334:
    print(14334)
elif x == 14335:
    print(14335)
elif x == 14336:
    print(14336)
elif x == 14337:
    print(14337)
elif x == 14338:
    print(14338)
elif x == 14339:
    print(14339)
elif x == 14340:
    print(14340)
elif x == 14341:
    print(14341)
elif x == 14342:
    print(14342)
elif x == 14343:
    print(14343)
elif x == 14344:
    print(14344)
elif x == 14345:
    print(14345)
elif x == 14346:
    print(14346)
elif x == 14347:
    print(14347)
elif x == 14348:
    print(14348)
elif x == 14349:
    print(14349)
elif x == 14350:
    print(14350)
elif x == 14351:
    print(14351)
elif x == 14352:
    print(14352)
elif x == 14353:
    print(14353)
elif x == 14354:
    print(14354)
elif x == 14355:
    print(14355)
elif x == 14356:
    print(14356)
elif x == 14357:
    print(14357)
elif x == 14358:
    print(14358)
elif x == 14359:
    print(14359)
elif x == 14360:
    print(14360)
elif x == 14361:
    print(14361)
elif x == 14362:
    print(14362)
elif x == 14363:
    print(14363)
elif x == 14364:
    print(14364)
elif x == 14365:
    print(14365)
elif x == 14366:
    print(14366)
elif x == 14367:
    print(14367)
elif x == 14368:
    print(14368)
elif x == 14369:
    print(14369)
elif x == 14370:
    print(14370)
elif x == 14371:
    print(14371)
elif x == 14372:
    print(14372)
elif x == 14373:
    print(14373)
elif x == 14374:
    print(14374)
elif x == 14375:
    print(14375)
elif x == 14376:
    print(14376)
elif x == 14377:
    print(14377)
elif x == 14378:
    print(14378)
elif x == 14379:
    print(14379)
elif x == 14380:
    print(14380)
elif x == 14381:
    print(14381)
elif x == 14382:
    print(14382)
elif x == 14383:
    print(14383)
elif x == 14384:
    print(14384)
elif x == 14385:
    print(14385)
elif x == 14386:
    print(14386)
elif x == 14387:
    print(14387)
elif x == 14388:
    print(14388)
elif x == 14389:
    print(14389)
elif x == 14390:
    print(14390)
elif x == 14391:
    print(14391)
elif x == 14392:
    print(14392)
elif x == 14393:
    print(14393)
elif x == 14394:
    print(14394)
elif x == 14395:
    print(14395)
elif x == 14396:
    print(14396)
elif x == 14397:
    print(14397)
elif x == 14398:
    print(14398)
elif x == 14399:
    print(14399)
elif x == 14400:
    print(14400)
elif x == 14401:
    print(14401)
elif x == 14402:
    print(14402)
elif x == 14403:
    print(14403)
elif x == 14404:
    print(14404)
elif x == 14405:
    print(14405)
elif x == 14406:
    print(14406)
elif x == 14407:
    print(14407)
elif x == 14408:
    print(14408)
elif x == 14409:
    print(14409)
elif x == 14410:
    print(14410)
elif x == 14411:
    print(14411)
elif x == 14412:
    print(14412)
elif x == 14413:
    print(14413)
elif x == 14414:
    print(14414)
elif x == 14415:
    print(14415)
elif x == 14416:
    print(14416)
elif x == 14417:
    print(14417)
elif x == 14418:
    print(14418)
elif x == 14419:
    print(14419)
elif x == 14420:
    print(14420)
elif x == 14421:
    print(14421)
elif x == 14422:
    print(14422)
elif x == 14423:
    print(14423)
elif x == 14424:
    print(14424)
elif x == 14425:
    print(14425)
elif x == 14426:
    print(14426)
elif x == 14427:
    print(14427)
elif x == 14428:
    print(14428)
elif x == 14429:
    print(14429)
elif x == 14430:
    print(14430)
elif x == 14431:
    print(14431)
elif x == 14432:
    print(14432)
elif x == 14433:
    print(14433)
elif x == 14434:
    print(14434)
elif x == 14435:
    print(14435)
elif x == 14436:
    print(14436)
elif x == 14437:
    print(14437)
elif x == 14438:
    print(14438)
elif x == 14439:
    print(14439)
elif x == 14440:
    print(14440)
elif x == 14441:
    print(14441)
elif x == 14442:
    print(14442)
elif x == 14443:
    print(14443)
elif x == 14444:
    print(14444)
elif x == 14445:
    print(14445)
elif x == 14446:
    print(14446)
elif x == 14447:
    print(14447)
elif x == 14448:
    print(14448)
elif x == 14449:
    print(14449)
elif x == 14450:
    print(14450)
elif x == 14451:
    print(14451)
elif x == 14452:
    print(14452)
elif x == 14453:
    print(14453)
elif x == 14454:
    print(14454)
elif x == 14455:
    print(14455)
elif x == 14456:
    print(14456)
elif x == 14457:
    print(14457)
elif x == 14458:
    print(14458)
elif x == 14459:
    print(14459)
elif x == 14460:
    print(14460)
elif x == 14461:
    print(14461)
elif x == 14462:
    print(14462)
elif x == 14463:
    print(14463)
elif x == 14464:
    print(14464)
elif x == 14465:
    print(14465)
elif x == 14466:
    print(14466)
elif x == 14467:
    print(14467)
elif x == 14468:
    print(14468)
elif x == 14469:
    print(14469)
elif x == 14470:
    print(14470)
elif x == 14471:
    print(14471)
elif x == 14472:
    print(14472)
elif x == 14473:
    print(14473)
elif x == 14474:
    print(14474)
elif x == 14475:
    print(14475)
elif x == 14476:
    print(14476)
elif x == 14477:
    print(14477)
elif x == 14478:
    print(14478)
elif x == 14479:
    print(14479)
elif x == 14480:
    print(14480)
elif x == 14481:
    print(14481)
elif x == 14482:
    print(14482)
elif x == 14483:
    print(14483)
elif x == 14484:
    print(14484)
elif x == 14485:
    print(14485)
elif x == 14486:
    print(14486)
elif x == 14487:
    print(14487)
elif x == 14488:
    print(14488)
elif x == 14489:
    print(14489)
elif x == 14490:
    print(14490)
elif x == 14491:
    print(14491)
elif x == 14492:
    print(14492)
elif x == 14493:
    print(14493)
elif x == 14494:
    print(14494)
elif x == 14495:
    print(14495)
elif x == 14496:
    print(14496)
elif x == 14497:
    print(14497)
elif x == 14498:
    print(14498)
elif x == 14499:
    print(14499)
elif x == 14500:
    print(14500)
elif x == 14501:
    print(14501)
elif x == 14502:
    print(14502)
elif x == 14503:
    print(14503)
elif x == 14504:
    print(14504)
elif x == 14505:
    print(14505)
elif x == 14506:
    print(14506)
elif x == 14507:
    print(14507)
elif x == 14508:
    print(14508)
elif x == 14509:
    print(14509)
elif x == 14510:
    print(14510)
elif x == 14511:
    print(14511)
elif x == 14512:
    print(14512)
elif x == 14513:
    print(14513)
elif x == 14514:
    print(14514)
elif x == 14515:
    print(14515)
elif x == 14516:
    print(14516)
elif x == 14517:
    print(14517)
elif x == 14518:
    print(14518)
elif x == 14519:
    print(14519)
elif x == 14520:
    print(14520)
elif x == 14521:
    print(14521)
elif x == 14522:
    print(14522)
elif x == 14523:
    print(14523)
elif x == 14524:
    print(14524)
elif x == 14525:
    print(14525)
elif x == 14526:
    print(14526)
elif x == 14527:
    print(14527)
elif x == 14528:
    print(14528)
elif x == 14529:
    print(14529)
elif x == 14530:
    print(14530)
elif x == 14531:
    print(14531)
elif x == 14532:
    print(14532)
elif x == 14533:
    print(14533)
elif x == 14534:
    print(14534)
elif x == 14535:
    print(14535)
elif x == 14536:
    print(14536)
elif x == 14537:
    print(14537)
elif x == 14538:
    print(14538)
elif x == 14539:
    print(14539)
elif x == 14540:
    print(14540)
elif x == 14541:
    print(14541)
elif x == 14542:
    print(14542)
elif x == 14543:
    print(14543)
elif x == 14544:
    print(14544)
elif x == 14545:
    print(14545)
elif x == 14546:
    print(14546)
elif x == 14547:
    print(14547)
elif x == 14548:
    print(14548)
elif x == 14549:
    print(14549)
elif x == 14550:
    print(14550)
elif x == 14551:
    print(14551)
elif x == 14552:
    print(14552)
elif x == 14553:
    print(14553)
elif x == 14554:
    print(14554)
elif x == 14555:
    print(14555)
elif x == 14556:
    print(14556)
elif x == 14557:
    print(14557)
elif x == 14558:
    print(14558)
elif x == 14559:
    print(14559)
elif x == 14560:
    print(14560)
elif x == 14561:
    print(14561)
elif x == 14562:
    print(14562)
elif x == 14563:
    print(14563)
elif x == 14564:
    print(14564)
elif x == 14565:
    print(14565)
elif x == 14566:
    print(14566)
elif x == 14567:
    print(14567)
elif x == 14568:
    print(14568)
elif x == 14569:
    print(14569)
elif x == 14570:
    print(14570)
elif x == 14571:
    print(14571)
elif x == 14572:
    print(14572)
elif x == 14573:
    print(14573)
elif x == 14574:
    print(14574)
elif x == 14575:
    print(14575)
elif x == 14576:
    print(14576)
elif x == 14577:
    print(14577)
elif x == 14578:
    print(14578)
elif x == 14579:
    print(14579)
elif x == 14580:
    print(14580)
elif x == 14581:
    print(14581)
elif x == 14582:
    print(14582)
elif x == 14583:
    print(14583)
elif x == 14584:
    print(14584)
elif x == 14585:
    print(14585)
elif x == 14586:
    print(14586)
elif x == 14587:
    print(14587)
elif x == 14588:
    print(14588)
elif x == 14589:
    print(14589)
elif x == 14590:
    print(14590)
elif x == 14591:
    print(14591)
elif x == 14592:
    print(14592)
elif x == 14593:
    print(14593)
elif x == 14594:
    print(14594)
elif x == 14595:
    print(14595)
elif x == 14596:
    print(14596)
elif x == 14597:
    print(14597)
elif x == 14598:
    print(14598)
elif x == 14599:
    print(14599)
elif x == 14600:
    print(14600)
elif x == 14601:
    print(14601)
elif x == 14602:
    print(14602)
elif x == 14603:
    print(14603)
elif x == 14604:
    print(14604)
elif x == 14605:
    print(14605)
elif x == 14606:
    print(14606)
elif x == 14607:
    print(14607)
elif x == 14608:
    print(14608)
elif x == 14609:
    print(14609)
elif x == 14610:
    print(14610)
elif x == 14611:
    print(14611)
elif x == 14612:
    print(14612)
elif x == 14613:
    print(14613)
elif x == 14614:
    print(14614)
elif x == 14615:
    print(14615)
elif x == 14616:
    print(14616)
elif x == 14617:
    print(14617)
elif x == 14618:
    print(14618)
elif x == 14619:
    print(14619)
elif x == 14620:
    print(14620)
elif x == 14621:
    print(14621)
elif x == 14622:
    print(14622)
elif x == 14623:
    print(14623)
elif x == 14624:
    print(14624)
elif x == 14625:
    print(14625)
elif x == 14626:
    print(14626)
elif x == 14627:
    print(14627)
elif x == 14628:
    print(14628)
elif x == 14629:
    print(14629)
elif x == 14630:
    print(14630)
elif x == 14631:
    print(14631)
elif x == 14632:
    print(14632)
elif x == 14633:
    print(14633)
elif x == 14634:
    print(14634)
elif x == 14635:
    print(14635)
elif x == 14636:
    print(14636)
elif x == 14637:
    print(14637)
elif x == 14638:
    print(14638)
elif x == 14639:
    print(14639)
elif x == 14640:
    print(14640)
elif x == 14641:
    print(14641)
elif x == 14642:
    print(14642)
elif x == 14643:
    print(14643)
elif x == 14644:
    print(14644)
elif x == 14645:
    print(14645)
elif x == 14646:
    print(14646)
elif x == 14647:
    print(14647)
elif x == 14648:
    print(14648)
elif x == 14649:
    print(14649)
elif x == 14650:
    print(14650)
elif x == 14651:
    print(14651)
elif x == 14652:
    print(14652)
elif x == 14653:
    print(14653)
elif x == 14654:
    print(14654)
elif x == 14655:
    print(14655)
elif x == 14656:
    print(14656)
elif x == 14657:
    print(14657)
elif x == 14658:
    print(14658)
elif x == 14659:
    print(14659)
elif x == 14660:
    print(14660)
elif x == 14661:
    print(14661)
elif x == 14662:
    print(14662)
elif x == 14663:
    print(14663)
elif x == 14664:
    print(14664)
elif x == 14665:
    print(14665)
elif x == 14666:
    print(14666)
elif x == 14667:
    print(14667)
elif x == 14668:
    print(14668)
elif x == 14669:
    print(14669)
elif x == 14670:
    print(14670)
elif x == 14671:
    print(14671)
elif x == 14672:
    print(14672)
elif x == 14673:
    print(14673)
elif x == 14674:
    print(14674)
elif x == 14675:
    print(14675)
elif x == 14676:
    print(14676)
elif x == 14677:
    print(14677)
elif x == 14678:
    print(14678)
elif x == 14679:
    print(14679)
elif x == 14680:
    print(14680)
elif x == 14681:
    print(14681)
elif x == 14682:
    print(14682)
elif x == 14683:
    print(14683)
elif x == 14684:
    print(14684)
elif x == 14685:
    print(14685)
elif x == 14686:
    print(14686)
elif x == 14687:
    print(14687)
elif x == 14688:
    print(14688)
elif x == 14689:
    print(14689)
elif x == 14690:
    print(14690)
elif x == 14691:
    print(14691)
elif x == 14692:
    print(14692)
elif x == 14693:
    print(14693)
elif x == 14694:
    print(14694)
elif x == 14695:
    print(14695)
elif x == 14696:
    print(14696)
elif x == 14697:
    print(14697)
elif x == 14698:
    print(14698)
elif x == 14699:
    print(14699)
elif x == 14700:
    print(14700)
elif x == 14701:
    print(14701)
elif x == 14702:
    print(14702)
elif x == 14703:
    print(14703)
elif x == 14704:
    print(14704)
elif x == 14705:
    print(14705)
elif x == 14706:
    print(14706)
elif x == 14707:
    print(14707)
elif x == 14708:
    print(14708)
elif x == 14709:
    print(14709)
elif x == 14710:
    print(14710)
elif x == 14711:
    print(14711)
elif x == 14712:
    print(14712)
elif x == 14713:
    print(14713)
elif x == 14714:
    print(14714)
elif x == 14715:
    print(14715)
elif x == 14716:
    print(14716)
elif x == 14717:
    print(14717)
elif x == 14718:
    print(14718)
elif x == 14719:
    print(14719)
elif x == 14720:
    print(14720)
elif x == 14721:
    print(14721)
elif x == 14722:
    print(14722)
elif x == 14723:
    print(14723)
elif x == 14724:
    print(14724)
elif x == 14725:
    print(14725)
elif x == 14726:
    print(14726)
elif x == 14727:
    print(14727)
elif x == 14728:
    print(14728)
elif x == 14729:
    print(14729)
elif x == 14730:
    print(14730)
elif x == 14731:
    print(14731)
elif x == 14732:
    print(14732)
elif x == 14733:
    print(14733)
elif x == 14734:
    print(14734)
elif x == 14735:
    print(14735)
elif x == 14736:
    print(14736)
elif x == 14737:
    print(14737)
elif x == 14738:
    print(14738)
elif x == 14739:
    print(14739)
elif x == 14740:
    print(14740)
elif x == 14741:
    print(14741)
elif x == 14742:
    print(14742)
elif x == 14743:
    print(14743)
elif x == 14744:
    print(14744)
elif x == 14745:
    print(14745)
elif x == 14746:
    print(14746)
elif x == 14747:
    print(14747)
elif x == 14748:
    print(14748)
elif x == 14749:
    print(14749)
elif x == 14750:
    print(14750)
elif x == 14751:
    print(14751)
elif x == 14752:
    print(14752)
elif x == 14753:
    print(14753)
elif x == 14754:
    print(14754)
elif x == 14755:
    print(14755)
elif x == 14756:
    print(14756)
elif x == 14757:
    print(14757)
elif x == 14758:
    print(14758)
elif x == 14759:
    print(14759)
elif x == 14760:
    print(14760)
elif x == 14761:
    print(14761)
elif x == 14762:
    print(14762)
elif x == 14763:
    print(14763)
elif x == 14764:
    print(14764)
elif x == 14765:
    print(14765)
elif x == 14766:
    print(14766)
elif x == 14767:
    print(14767)
elif x == 14768:
    print(14768)
elif x == 14769:
    print(14769)
elif x == 14770:
    print(14770)
elif x == 14771:
    print(14771)
elif x == 14772:
    print(14772)
elif x == 14773:
    print(14773)
elif x == 14774:
    print(14774)
elif x == 14775:
    print(14775)
elif x == 14776:
    print(14776)
elif x == 14777:
    print(14777)
elif x == 14778:
    print(14778)
elif x == 14779:
    print(14779)
elif x == 14780:
    print(14780)
elif x == 14781:
    print(14781)
elif x == 14782:
    print(14782)
elif x == 14783:
    print(14783)
elif x == 14784:
    print(14784)
elif x == 14785:
    print(14785)
elif x == 14786:
    print(14786)
elif x == 14787:
    print(14787)
elif x == 14788:
    print(14788)
elif x == 14789:
    print(14789)
elif x == 14790:
    print(14790)
elif x == 14791:
    print(14791)
elif x == 14792:
    print(14792)
elif x == 14793:
    print(14793)
elif x == 14794:
    print(14794)
elif x == 14795:
    print(14795)
elif x == 14796:
    print(14796)
elif x == 14797:
    print(14797)
elif x == 14798:
    print(14798)
elif x == 14799:
    print(14799)
elif x == 14800:
    print(14800)
elif x == 14801:
    print(14801)
elif x == 14802:
    print(14802)
elif x == 14803:
    print(14803)
elif x == 14804:
    print(14804)
elif x == 14805:
    print(14805)
elif x == 14806:
    print(14806)
elif x == 14807:
    print(14807)
elif x == 14808:
    print(14808)
elif x == 14809:
    print(14809)
elif x == 14810:
    print(14810)
elif x == 14811:
    print(14811)
elif x == 14812:
    print(14812)
elif x == 14813:
    print(14813)
elif x == 14814:
    print(14814)
elif x == 14815:
    print(14815)
elif x == 14816:
    print(14816)
elif x == 14817:
    print(14817)
elif x == 14818:
    print(14818)
elif x == 14819:
    print(14819)
elif x == 14820:
    print(14820)
elif x == 14821:
    print(14821)
elif x == 14822:
    print(14822)
elif x == 14823:
    print(14823)
elif x == 14824:
    print(14824)
elif x == 14825:
    print(14825)
elif x == 14826:
    print(14826)
elif x == 14827:
    print(14827)
elif x == 14828:
    print(14828)
elif x == 14829:
    print(14829)
elif x == 14830:
    print(14830)
elif x == 14831:
    print(14831)
elif x == 14832:
    print(14832)
elif x == 14833:
    print(14833)
elif x == 14834:
    print(14834)
elif x == 14835:
    print(14835)
elif x == 14836:
    print(14836)
elif x == 14837:
    print(14837)
elif x == 14838:
    print(14838)
elif x == 14839:
    print(14839)
elif x == 14840:
    print(14840)
elif x == 14841:
    print(14841)
elif x == 14842:
    print(14842)
elif x == 14843:
    print(14843)
elif x == 14844:
    print(14844)
elif x == 14845:
    print(14845)
elif x == 14846:
    print(14846)
elif x == 14847:
    print(14847)
elif x == 14848:
    print(14848)
elif x == 14849:
    print(14849)
elif x == 14850:
    print(14850)
elif x == 14851:
    print(14851)
elif x == 14852:
    print(14852)
elif x == 14853:
    print(14853)
elif x == 14854:
    print(14854)
elif x == 14855:
    print(14855)
elif x == 14856:
    print(14856)
elif x == 14857:
    print(14857)
elif x == 14858:
    print(14858)
elif x == 14859:
    print(14859)
elif x == 14860:
    print(14860)
elif x == 14861:
    print(14861)
elif x == 14862:
    print(14862)
elif x == 14863:
    print(14863)
elif x == 14864:
    print(14864)
elif x == 14865:
    print(14865)
elif x == 14866:
    print(14866)
elif x == 14867:
    print(14867)
elif x == 14868:
    print(14868)
elif x == 14869:
    print(14869)
elif x == 14870:
    print(14870)
elif x == 14871:
    print(14871)
elif x == 14872:
    print(14872)
elif x == 14873:
    print(14873)
elif x == 14874:
    print(14874)
elif x == 14875:
    print(14875)
elif x == 14876:
    print(14876)
elif x == 14877:
    print(14877)
elif x == 14878:
    print(14878)
elif x == 14879:
    print(14879)
elif x == 14880:
    print(14880)
elif x == 14881:
    print(14881)
elif x == 14882:
    print(14882)
elif x == 14883:
    print(14883)
elif x == 14884:
    print(14884)
elif x == 14885:
    print(14885)
elif x == 14886:
    print(14886)
elif x == 14887:
    print(14887)
elif x == 14888:
    print(14888)
elif x == 14889:
    print(14889)
elif x == 14890:
    print(14890)
elif x == 14891:
    print(14891)
elif x == 14892:
    print(14892)
elif x == 14893:
    print(14893)
elif x == 14894:
    print(14894)
elif x == 14895:
    print(14895)
elif x == 14896:
    print(14896)
elif x == 14897:
    print(14897)
elif x == 14898:
    print(14898)
elif x == 14899:
    print(14899)
elif x == 14900:
    print(14900)
elif x == 14901:
    print(14901)
elif x == 14902:
    print(14902)
elif x == 14903:
    print(14903)
elif x == 14904:
    print(14904)
elif x == 14905:
    print(14905)
elif x == 14906:
    print(14906)
elif x == 14907:
    print(14907)
elif x == 14908:
    print(14908)
elif x == 14909:
    print(14909)
elif x == 14910:
    print(14910)
elif x == 14911:
    print(14911)
elif x == 14912:
    print(14912)
elif x == 14913:
    print(14913)
elif x == 14914:
    print(14914)
elif x == 14915:
    print(14915)
elif x == 14916:
    print(14916)
elif x == 14917:
    print(14917)
elif x == 14918:
    print(14918)
elif x == 14919:
    print(14919)
elif x == 14920:
    print(14920)
elif x == 14921:
    print(14921)
elif x == 14922:
    print(14922)
elif x == 14923:
    print(14923)
elif x == 14924:
    print(14924)
elif x == 14925:
    print(14925)
elif x == 14926:
    print(14926)
elif x == 14927:
    print(14927)
elif x == 14928:
    print(14928)
elif x == 14929:
    print(14929)
elif x == 14930:
    print(14930)
elif x == 14931:
    print(14931)
elif x == 14932:
    print(14932)
elif x == 14933:
    print(14933)
elif x == 14934:
    print(14934)
elif x == 14935:
    print(14935)
elif x == 14936:
    print(14936)
elif x == 14937:
    print(14937)
elif x == 14938:
    print(14938)
elif x == 14939:
    print(14939)
elif x == 14940:
    print(14940)
elif x == 14941:
    print(14941)
elif x == 14942:
    print(14942)
elif x == 14943:
    print(14943)
elif x == 14944:
    print(14944)
elif x == 14945:
    print(14945)
elif x == 14946:
    print(14946)
elif x == 14947:
    print(14947)
elif x == 14948:
    print(14948)
elif x == 14949:
    print(14949)
elif x == 14950:
    print(14950)
elif x == 14951:
    print(14951)
elif x == 14952:
    print(14952)
elif x == 14953:
    print(14953)
elif x == 14954:
    print(14954)
elif x == 14955:
    print(14955)
elif x == 14956:
    print(14956)
elif x == 14957:
    print(14957)
elif x == 14958:
    print(14958)
elif x == 14959:
    print(14959)
elif x == 14960:
    print(14960)
elif x == 14961:
    print(14961)
elif x == 14962:
    print(14962)
elif x == 14963:
    print(14963)
elif x == 14964:
    print(14964)
elif x == 14965:
    print(14965)
elif x == 14966:
    print(14966)
elif x == 14967:
    print(14967)
elif x == 14968:
    print(14968)
elif x == 14969:
    print(14969)
elif x == 14970:
    print(14970)
elif x == 14971:
    print(14971)
elif x == 14972:
    print(14972)
elif x == 14973:
    print(14973)
elif x == 14974:
    print(14974)
elif x == 14975:
    print(14975)
elif x == 14976:
    print(14976)
elif x == 14977:
    print(14977)
elif x == 14978:
    print(14978)
elif x == 14979:
    print(14979)
elif x == 14980:
    print(14980)
elif x == 14981:
    print(14981)
elif x == 14982:
    print(14982)
elif x == 14983:
    print(14983)
elif x == 14984:
    print(14984)
elif x == 14985:
    print(14985)
elif x == 14986:
    print(14986)
elif x == 14987:
    print(14987)
elif x == 14988:
    print(14988)
elif x == 14989:
    print(14989)
elif x == 14990:
    print(14990)
elif x == 14991:
    print(14991)
elif x == 14992:
    print(14992)
elif x == 14993:
    print(14993)
elif x == 14994:
    print(14994)
elif x == 14995:
    print(14995)
elif x == 14996:
    print(14996)
elif x == 14997:
    print(14997)
elif x == 14998:
    print(14998)
elif x == 14999:
    print(14999)
elif x == 15000:
    print(15000)
elif x == 15001:
    print(15001)
elif x == 15002:
    print(15002)
elif x == 15003:
    print(15003)
elif x == 15004:
    print(15004)
elif x == 15005:
    print(15005)
elif x == 15006:
    print(15006)
elif x == 15007:
    print(15007)
elif x == 15008:
    print(15008)
elif x == 15009:
    print(15009)
elif x == 15010:
    print(15010)
elif x == 15011:
    print(15011)
elif x == 15012:
    print(15012)
elif x == 15013:
    print(15013)
elif x == 15014:
    print(15014)
elif x == 15015:
    print(15015)
elif x == 15016:
    print(15016)
elif x == 15017:
    print(15017)
elif x == 15018:
    print(15018)
elif x == 15019:
    print(15019)
elif x == 15020:
    print(15020)
elif x == 15021:
    print(15021)
elif x == 15022:
    print(15022)
elif x == 15023:
    print(15023)
elif x == 15024:
    print(15024)
elif x == 15025:
    print(15025)
elif x == 15026:
    print(15026)
elif x == 15027:
    print(15027)
elif x == 15028:
    print(15028)
elif x == 15029:
    print(15029)
elif x == 15030:
    print(15030)
elif x == 15031:
    print(15031)
elif x == 15032:
    print(15032)
elif x == 15033:
    print(15033)
elif x == 15034:
    print(15034)
elif x == 15035:
    print(15035)
elif x == 15036:
    print(15036)
elif x == 15037:
    print(15037)
elif x == 15038:
    print(15038)
elif x == 15039:
    print(15039)
elif x == 15040:
    print(15040)
elif x == 15041:
    print(15041)
elif x == 15042:
    print(15042)
elif x == 15043:
    print(15043)
elif x == 15044:
    print(15044)
elif x == 15045:
    print(15045)
elif x == 15046:
    print(15046)
elif x == 15047:
    print(15047)
elif x == 15048:
    print(15048)
elif x == 15049:
    print(15049)
elif x == 15050:
    print(15050)
elif x == 15051:
    print(15051)
elif x == 15052:
    print(15052)
elif x == 15053:
    print(15053)
elif x == 15054:
    print(15054)
elif x == 15055:
    print(15055)
elif x == 15056:
    print(15056)
elif x == 15057:
    print(15057)
elif x == 15058:
    print(15058)
elif x == 15059:
    print(15059)
elif x == 15060:
    print(15060)
elif x == 15061:
    print(15061)
elif x == 15062:
    print(15062)
elif x == 15063:
    print(15063)
elif x == 15064:
    print(15064)
elif x == 15065:
    print(15065)
elif x == 15066:
    print(15066)
elif x == 15067:
    print(15067)
elif x == 15068:
    print(15068)
elif x == 15069:
    print(15069)
elif x == 15070:
    print(15070)
elif x == 15071:
    print(15071)
elif x == 15072:
    print(15072)
elif x == 15073:
    print(15073)
elif x == 15074:
    print(15074)
elif x == 15075:
    print(15075)
elif x == 15076:
    print(15076)
elif x == 15077:
    print(15077)
elif x == 15078:
    print(15078)
elif x == 15079:
    print(15079)
elif x == 15080:
    print(15080)
elif x == 15081:
    print(15081)
elif x == 15082:
    print(15082)
elif x == 15083:
    print(15083)
elif x == 15084:
    print(15084)
elif x == 15085:
    print(15085)
elif x == 15086:
    print(15086)
elif x == 15087:
    print(15087)
elif x == 15088:
    print(15088)
elif x == 15089:
    print(15089)
elif x == 15090:
    print(15090)
elif x == 15091:
    print(15091)
elif x == 15092:
    print(15092)
elif x == 15093:
    print(15093)
elif x == 15094:
    print(15094)
elif x == 15095:
    print(15095)
elif x == 15096:
    print(15096)
elif x == 15097:
    print(15097)
elif x == 15098:
    print(15098)
elif x == 15099:
    print(15099)
elif x == 15100:
    print(15100)
elif x == 15101:
    print(15101)
elif x == 15102:
    print(15102)
elif x == 15103:
    print(15103)
elif x == 15104:
    print(15104)
elif x == 15105:
    print(15105)
elif x == 15106:
    print(15106)
elif x == 15107:
    print(15107)
elif x == 15108:
    print(15108)
elif x == 15109:
    print(15109)
elif x == 15110:
    print(15110)
elif x == 15111:
    print(15111)
elif x == 15112:
    print(15112)
elif x == 15113:
    print(15113)
elif x == 15114:
    print(15114)
elif x == 15115:
    print(15115)
elif x == 15116:
    print(15116)
elif x == 15117:
    print(15117)
elif x == 15118:
    print(15118)
elif x == 15119:
    print(15119)
elif x == 15120:
    print(15120)
elif x == 15121:
    print(15121)
elif x == 15122:
    print(15122)
elif x == 15123:
    print(15123)
elif x == 15124:
    print(15124)
elif x == 15125:
    print(15125)
elif x == 15126:
    print(15126)
elif x == 15127:
    print(15127)
elif x == 15128:
    print(15128)
elif x == 15129:
    print(15129)
elif x == 15130:
    print(15130)
elif x == 15131:
    print(15131)
elif x == 15132:
    print(15132)
elif x == 15133:
    print(15133)
elif x == 15134:
    print(15134)
elif x == 15135:
    print(15135)
elif x == 15136:
    print(15136)
elif x == 15137:
    print(15137)
elif x == 15138:
    print(15138)
elif x == 15139:
    print(15139)
elif x == 15140:
    print(15140)
elif x == 15141:
    print(15141)
elif x == 15142:
    print(15142)
elif x == 15143:
    print(15143)
elif x == 15144:
    print(15144)
elif x == 15145:
    print(15145)
elif x == 15146:
    print(15146)
elif x == 15147:
    print(15147)
elif x == 15148:
    print(15148)
elif x == 15149:
    print(15149)
elif x == 15150:
    print(15150)
elif x == 15151:
    print(15151)
elif x == 15152:
    print(15152)
elif x == 15153:
    print(15153)
elif x == 15154:
    print(15154)
elif x == 15155:
    print(15155)
elif x == 15156:
    print(15156)
elif x == 15157:
    print(15157)
elif x == 15158:
    print(15158)
elif x == 15159:
    print(15159)
elif x == 15160:
    print(15160)
elif x == 15161:
    print(15161)
elif x == 15162:
    print(15162)
elif x == 15163:
    print(15163)
elif x == 15164:
    print(15164)
elif x == 15165:
    print(15165)
elif x == 15166:
    print(15166)
elif x == 15167:
    print(15167)
elif x == 15168:
    print(15168)
elif x == 15169:
    print(15169)
elif x == 15170:
    print(15170)
elif x == 15171:
    print(15171)
elif x == 15172:
    print(15172)
elif x == 15173:
    print(15173)
elif x == 15174:
    print(15174)
elif x == 15175:
    print(15175)
elif x == 15176:
    print(15176)
elif x == 15177:
    print(15177)
elif x == 15178:
    print(15178)
elif x == 15179:
    print(15179)
elif x == 15180:
    print(15180)
elif x == 15181:
    print(15181)
elif x == 15182:
    print(15182)
elif x == 15183:
    print(15183)
elif x == 15184:
    print(15184)
elif x == 15185:
    print(15185)
elif x == 15186:
    print(15186)
elif x == 15187:
    print(15187)
elif x == 15188:
    print(15188)
elif x == 15189:
    print(15189)
elif x == 15190:
    print(15190)
elif x == 15191:
    print(15191)
elif x == 15192:
    print(15192)
elif x == 15193:
    print(15193)
elif x == 15194:
    print(15194)
elif x == 15195:
    print(15195)
elif x == 15196:
    print(15196)
elif x == 15197:
    print(15197)
elif x == 15198:
    print(15198)
elif x == 15199:
    print(15199)
elif x == 15200:
    print(15200)
elif x == 15201:
    print(15201)
elif x == 15202:
    print(15202)
elif x == 15203:
    print(15203)
elif x == 15204:
    print(15204)
elif x == 15205:
    print(15205)
elif x == 15206:
    print(15206)
elif x == 15207:
    print(15207)
elif x == 15208:
    print(15208)
elif x == 15209:
    print(15209)
elif x == 15210:
    print(15210)
elif x == 15211:
    print(15211)
elif x == 15212:
    print(15212)
elif x == 15213:
    print(15213)
elif x == 15214:
    print(15214)
elif x == 15215:
    print(15215)
elif x == 15216:
    print(15216)
elif x == 15217:
    print(15217)
elif x == 15218:
    print(15218)
elif x == 15219:
    print(15219)
elif x == 15220:
    print(15220)
elif x == 15221:
    print(15221)
elif x == 15222:
    print(15222)
elif x == 15223:
    print(15223)
elif x == 15224:
    print(15224)
elif x == 15225:
    print(15225)
elif x == 15226:
    print(15226)
elif x == 15227:
    print(15227)
elif x == 15228:
    print(15228)
elif x == 15229:
    print(15229)
elif x == 15230:
    print(15230)
elif x == 15231:
    print(15231)
elif x == 15232:
    print(15232)
elif x == 15233:
    print(15233)
elif x == 15234:
    print(15234)
elif x == 15235:
    print(15235)
elif x == 15236:
    print(15236)
elif x == 15237:
    print(15237)
elif x == 15238:
    print(15238)
elif x == 15239:
    print(15239)
elif x == 15240:
    print(15240)
elif x == 15241:
    print(15241)
elif x == 15242:
    print(15242)
elif x == 15243:
    print(15243)
elif x == 15244:
    print(15244)
elif x == 15245:
    print(15245)
elif x == 15246:
    print(15246)
elif x == 15247:
    print(15247)
elif x == 15248:
    print(15248)
elif x == 15249:
    print(15249)
elif x == 15250:
    print(15250)
elif x == 15251:
    print(15251)
elif x == 15252:
    print(15252)
elif x == 15253:
    print(15253)
elif x == 15254:
    print(15254)
elif x == 15255:
    print(15255)
elif x == 15256:
    print(15256)
elif x == 15257:
    print(15257)
elif x == 15258:
    print(15258)
elif x == 15259:
    print(15259)
elif x == 15260:
    print(15260)
elif x == 15261:
    print(15261)
elif x == 15262:
    print(15262)
elif x == 15263:
    print(15263)
elif x == 15264:
    print(15264)
elif x == 15265:
    print(15265)
elif x == 15266:
    print(15266)
elif x == 15267:
    print(15267)
elif x == 15268:
    print(15268)
elif x == 15269:
    print(15269)
elif x == 15270:
    print(15270)
elif x == 15271:
    print(15271)
elif x == 15272:
    print(15272)
elif x == 15273:
    print(15273)
elif x == 15274:
    print(15274)
elif x == 15275:
    print(15275)
elif x == 15276:
    print(15276)
elif x == 15277:
    print(15277)
elif x == 15278:
    print(15278)
elif x == 15279:
    print(15279)
elif x == 15280:
    print(15280)
elif x == 15281:
    print(15281)
elif x == 15282:
    print(15282)
elif x == 15283:
    print(15283)
elif x == 15284:
    print(15284)
elif x == 15285:
    print(15285)
elif x == 15286:
    print(15286)
elif x == 15287:
    print(15287)
elif x == 15288:
    print(15288)
elif x == 15289:
    print(15289)
elif x == 15290:
    print(15290)
elif x == 15291:
    print(15291)
elif x == 15292:
    print(15292)
elif x == 15293:
    print(15293)
elif x == 15294:
    print(15294)
elif x == 15295:
    print(15295)
elif x == 15296:
    print(15296)
elif x == 15297:
    print(15297)
elif x == 15298:
    print(15298)
elif x == 15299:
    print(15299)
elif x == 15300:
    print(15300)
elif x == 15301:
    print(15301)
elif x == 15302:
    print(15302)
elif x == 15303:
    print(15303)
elif x == 15304:
    print(15304)
elif x == 15305:
    print(15305)
elif x == 15306:
    print(15306)
elif x == 15307:
    print(15307)
elif x == 15308:
    print(15308)
elif x == 15309:
    print(15309)
elif x == 15310:
    print(15310)
elif x == 15311:
    print(15311)
elif x == 15312:
    print(15312)
elif x == 15313:
    print(15313)
elif x == 15314:
    print(15314)
elif x == 15315:
    print(15315)
elif x == 15316:
    print(15316)
elif x == 15317:
    print(15317)
elif x == 15318:
    print(15318)
elif x == 15319:
    print(15319)
elif x == 15320:
    print(15320)
elif x == 15321:
    print(15321)
elif x == 15322:
    print(15322)
elif x == 15323:
    print(15323)
elif x == 15324:
    print(15324)
elif x == 15325:
    print(15325)
elif x == 15326:
    print(15326)
elif x == 15327:
    print(15327)
elif x == 15328:
    print(15328)
elif x == 15329:
    print(15329)
elif x == 15330:
    print(15330)
elif x == 15331:
    print(15331)
elif x == 15332:
    print(15332)
elif x == 15333:
    print(15333)
elif x == 15334:
    print(15334)
elif x == 15335:
    print(15335)
elif x == 15336:
    print(15336)
elif x == 15337:
    print(15337)
elif x == 15338:
    print(15338)
elif x == 15339:
    print(15339)
elif x == 15340:
    print(15340)
elif x == 15341:
    print(15341)
elif x == 15342:
    print(15342)
elif x == 15343:
    print(15343)
elif x == 15344:
    print(15344)
elif x == 15345:
    print(15345)
elif x == 15346:
    print(15346)
elif x == 15347:
    print(15347)
elif x == 15348:
    print(15348)
elif x == 15349:
    print(15349)
elif x == 15350:
    print(15350)
elif x == 15351:
    print(15351)
elif x == 15352:
    print(15352)
elif x == 15353:
    print(15353)
elif x == 15354:
    print(15354)
elif x == 15355:
    print(15355)
elif x == 15356:
    print(15356)
elif x == 15357:
    print(15357)
elif x == 15358:
    print(15358)
elif x == 15359:
    print(15359)
elif x == 15360:
    print(15360)
elif x == 15361:
    print(15361)
elif x == 15362:
    print(15362)
elif x == 15363:
    print(15363)
elif x == 15364:
    print(15364)
elif x == 15365:
    print(15365)
elif x == 15366:
    print(15366)
elif x == 15367:
    print(15367)
elif x == 15368:
    print(15368)
elif x == 15369:
    print(15369)
elif x == 15370:
    print(15370)
elif x == 15371:
    print(15371)
elif x == 15372:
    print(15372)
elif x == 15373:
    print(15373)
elif x == 15374:
    print(15374)
elif x == 15375:
    print(15375)
elif x == 15376:
    print(15376)
elif x == 15377:
    print(15377)
elif x == 15378:
    print(15378)
elif x == 15379:
    print(15379)
elif x == 15380:
    print(15380)
elif x == 15381:
    print(15381)
elif x == 15382:
    print(15382)
elif x == 15383:
    print(15383)
elif x == 15384:
    print(15384)
elif x == 15385:
    print(15385)
elif x == 15386:
    print(15386)
elif x == 15387:
    print(15387)
elif x == 15388:
    print(15388)
elif x == 15389:
    print(15389)
elif x == 15390:
    print(15390)
elif x == 15391:
    print(15391)
elif x == 15392:
    print(15392)
elif x == 15393:
    print(15393)
elif x == 15394:
    print(15394)
elif x == 15395:
    print(15395)
elif x == 15396:
    print(15396)
elif x == 15397:
    print(15397)
elif x == 15398:
    print(15398)
elif x == 15399:
    print(15399)
elif x == 15400:
    print(15400)
elif x == 15401:
    print(15401)
elif x == 15402:
    print(15402)
elif x == 15403:
    print(15403)
elif x == 15404:
    print(15404)
elif x == 15405:
    print(15405)
elif x == 15406:
    print(15406)
elif x == 15407:
    print(15407)
elif x == 15408:
    print(15408)
elif x == 15409:
    print(15409)
elif x == 15410:
    print(15410)
elif x == 15411:
    print(15411)
elif x == 15412:
    print(15412)
elif x == 15413:
    print(15413)
elif x == 15414:
    print(15414)
elif x == 15415:
    print(15415)
elif x == 15416:
    print(15416)
elif x == 15417:
    print(15417)
elif x == 15418:
    print(15418)
elif x == 15419:
    print(15419)
elif x == 15420:
    print(15420)
elif x == 15421:
    print(15421)
elif x == 15422:
    print(15422)
elif x == 15423:
    print(15423)
elif x == 15424:
    print(15424)
elif x == 15425:
    print(15425)
elif x == 15426:
    print(15426)
elif x == 15427:
    print(15427)
elif x == 15428:
    print(15428)
elif x == 15429:
    print(15429)
elif x == 15430:
    print(15430)
elif x == 15431:
    print(15431)
elif x == 15432:
    print(15432)
elif x == 15433:
    print(15433)
elif x == 15434:
    print(15434)
elif x == 15435:
    print(15435)
elif x == 15436:
    print(15436)
elif x == 15437:
    print(15437)
elif x == 15438:
    print(15438)
elif x == 15439:
    print(15439)
elif x == 15440:
    print(15440)
elif x == 15441:
    print(15441)
elif x == 15442:
    print(15442)
elif x == 15443:
    print(15443)
elif x == 15444:
    print(15444)
elif x == 15445:
    print(15445)
elif x == 15446:
    print(15446)
elif x == 15447:
    print(15447)
elif x == 15448:
    print(15448)
elif x == 15449:
    print(15449)
elif x == 15450:
    print(15450)
elif x == 15451:
    print(15451)
elif x == 15452:
    print(15452)
elif x == 15453:
    print(15453)
elif x == 15454:
    print(15454)
elif x == 15455:
    print(15455)
elif x == 15456:
    print(15456)
elif x == 15457:
    print(15457)
elif x == 15458:
    print(15458)
elif x == 15459:
    print(15459)
elif x == 15460:
    print(15460)
elif x == 15461:
    print(15461)
elif x == 15462:
    print(15462)
elif x == 15463:
    print(15463)
elif x == 15464:
    print(15464)
elif x == 15465:
    print(15465)
elif x == 15466:
    print(15466)
elif x == 15467:
    print(15467)
elif x == 15468:
    print(15468)
elif x == 15469:
    print(15469)
elif x == 15470:
    print(15470)
elif x == 15471:
    print(15471)
elif x == 15472:
    print(15472)
elif x == 15473:
    print(15473)
elif x == 15474:
    print(15474)
elif x == 15475:
    print(15475)
elif x == 15476:
    print(15476)
elif x == 15477:
    print(15477)
elif x == 15478:
    print(15478)
elif x == 15479:
    print(15479)
elif x == 15480:
    print(15480)
elif x == 15481:
    print(15481)
elif x == 15482:
    print(15482)
elif x == 15483:
    print(15483)
elif x == 15484:
    print(15484)
elif x == 15485:
    print(15485)
elif x == 15486:
    print(15486)
elif x == 15487:
    print(15487)
elif x == 15488:
    print(15488)
elif x == 15489:
    print(15489)
elif x == 15490:
    print(15490)
elif x == 15491:
    print(15491)
elif x == 15492:
    print(15492)
elif x == 15493:
    print(15493)
elif x == 15494:
    print(15494)
elif x == 15495:
    print(15495)
elif x == 15496:
    print(15496)
elif x == 15497:
    print(15497)
elif x == 15498:
    print(15498)
elif x == 15499:
    print(15499)
elif x == 15500:
    print(15500)
elif x == 15501:
    print(15501)
elif x == 15502:
    print(15502)
elif x == 15503:
    print(15503)
elif x == 15504:
    print(15504)
elif x == 15505:
    print(15505)
elif x == 15506:
    print(15506)
elif x == 15507:
    print(15507)
elif x == 15508:
    print(15508)
elif x == 15509:
    print(15509)
elif x == 15510:
    print(15510)
elif x == 15511:
    print(15511)
elif x == 15512:
    print(15512)
elif x == 15513:
    print(15513)
elif x == 15514:
    print(15514)
elif x == 15515:
    print(15515)
elif x == 15516:
    print(15516)
elif x == 15517:
    print(15517)
elif x == 15518:
    print(15518)
elif x == 15519:
    print(15519)
elif x == 15520:
    print(15520)
elif x == 15521:
    print(15521)
elif x == 15522:
    print(15522)
elif x == 15523:
    print(15523)
elif x == 15524:
    print(15524)
elif x == 15525:
    print(15525)
elif x == 15526:
    print(15526)
elif x == 15527:
    print(15527)
elif x == 15528:
    print(15528)
elif x == 15529:
    print(15529)
elif x == 15530:
    print(15530)
elif x == 15531:
    print(15531)
elif x == 15532:
    print(15532)
elif x == 15533:
    print(15533)
elif x == 15534:
    print(15534)
elif x == 15535:
    print(15535)
elif x == 15536:
    print(15536)
elif x == 15537:
    print(15537)
elif x == 15538:
    print(15538)
elif x == 15539:
    print(15539)
elif x == 15540:
    print(15540)
elif x == 15541:
    print(15541)
elif x == 15542:
    print(15542)
elif x == 15543:
    print(15543)
elif x == 15544:
    print(15544)
elif x == 15545:
    print(15545)
elif x == 15546:
    print(15546)
elif x == 15547:
    print(15547)
elif x == 15548:
    print(15548)
elif x == 15549:
    print(15549)
elif x == 15550:
    print(15550)
elif x == 15551:
    print(15551)
elif x == 15552:
    print(15552)
elif x == 15553:
    print(15553)
elif x == 15554:
    print(15554)
elif x == 15555:
    print(15555)
elif x == 15556:
    print(15556)
elif x == 15557:
    print(15557)
elif x == 15558:
    print(15558)
elif x == 15559:
    print(15559)
elif x == 15560:
    print(15560)
elif x == 15561:
    print(15561)
elif x == 15562:
    print(15562)
elif x == 15563:
    print(15563)
elif x == 15564:
    print(15564)
elif x == 15565:
    print(15565)
elif x == 15566:
    print(15566)
elif x == 15567:
    print(15567)
elif x == 15568:
    print(15568)
elif x == 15569:
    print(15569)
elif x == 15570:
    print(15570)
elif x == 15571:
    print(15571)
elif x == 15572:
    print(15572)
elif x == 15573:
    print(15573)
elif x == 15574:
    print(15574)
elif x == 15575:
    print(15575)
elif x == 15576:
    print(15576)
elif x == 15577:
    print(15577)
elif x == 15578:
    print(15578)
elif x == 15579:
    print(15579)
elif x == 15580:
    print(15580)
elif x == 15581:
    print(15581)
elif x == 15582:
    print(15582)
elif x == 15583:
    print(15583)
elif x == 15584:
    print(15584)
elif x == 15585:
    print(15585)
elif x == 15586:
    print(15586)
elif x == 15587:
    print(15587)
elif x == 15588:
    print(15588)
elif x == 15589:
    print(15589)
elif x == 15590:
    print(15590)
elif x == 15591:
    print(15591)
elif x == 15592:
    print(15592)
elif x == 15593:
    print(15593)
elif x == 15594:
    print(15594)
elif x == 15595:
    print(15595)
elif x == 15596:
    print(15596)
elif x == 15597:
    print(15597)
elif x == 15598:
    print(15598)
elif x == 15599:
    print(15599)
elif x == 15600:
    print(15600)
elif x == 15601:
    print(15601)
elif x == 15602:
    print(15602)
elif x == 15603:
    print(15603)
elif x == 15604:
    print(15604)
elif x == 15605:
    print(15605)
elif x == 15606:
    print(15606)
elif x == 15607:
    print(15607)
elif x == 15608:
    print(15608)
elif x == 15609:
    print(15609)
elif x == 15610:
    print(15610)
elif x == 15611:
    print(15611)
elif x == 15612:
    print(15612)
elif x == 15613:
    print(15613)
elif x == 15614:
    print(15614)
elif x == 15615:
    print(15615)
elif x == 15616:
    print(15616)
elif x == 15617:
    print(15617)
elif x == 15618:
    print(15618)
elif x == 15619:
    print(15619)
elif x == 15620:
    print(15620)
elif x == 15621:
    print(15621)
elif x == 15622:
    print(15622)
elif x == 15623:
    print(15623)
elif x == 15624:
    print(15624)
elif x == 15625:
    print(15625)
elif x == 15626:
    print(15626)
elif x == 15627:
    print(15627)
elif x == 15628:
    print(15628)
elif x == 15629:
    print(15629)
elif x == 15630:
    print(15630)
elif x == 15631:
    print(15631)
elif x == 15632:
    print(15632)
elif x == 15633:
    print(15633)
elif x == 15634:
    print(15634)
elif x == 15635:
    print(15635)
elif x == 15636:
    print(15636)
elif x == 15637:
    print(15637)
elif x == 15638:
    print(15638)
elif x == 15639:
    print(15639)
elif x == 15640:
    print(15640)
elif x == 15641:
    print(15641)
elif x == 15642:
    print(15642)
elif x == 15643:
    print(15643)
elif x == 15644:
    print(15644)
elif x == 15645:
    print(15645)
elif x == 15646:
    print(15646)
elif x == 15647:
    print(15647)
elif x == 15648:
    print(15648)
elif x == 15649:
    print(15649)
elif x == 15650:
    print(15650)
elif x == 15651:
    print(15651)
elif x == 15652:
    print(15652)
elif x == 15653:
    print(15653)
elif x == 15654:
    print(15654)
elif x == 15655:
    print(15655)
elif x == 15656:
    print(15656)
elif x == 15657:
    print(15657)
elif x == 15658:
    print(15658)
elif x == 15659:
    print(15659)
elif x == 15660:
    print(15660)
elif x == 15661:
    print(15661)
elif x == 15662:
    print(15662)
elif x == 15663:
    print(15663)
elif x == 15664:
    print(15664)
elif x == 15665:
    print(15665)
elif x == 15666:
    print(15666)
elif x == 15667:
    print(15667)
elif x == 15668:
    print(15668)
elif x == 15669:
    print(15669)
elif x == 15670:
    print(15670)
elif x == 15671:
    print(15671)
elif x == 15672:
    print(15672)
elif x == 15673:
    print(15673)
elif x == 15674:
    print(15674)
elif x == 15675:
    print(15675)
elif x == 15676:
    print(15676)
elif x == 15677:
    print(15677)
elif x == 15678:
    print(15678)
elif x == 15679:
    print(15679)
elif x == 15680:
    print(15680)
elif x == 15681:
    print(15681)
elif x == 15682:
    print(15682)
elif x == 15683:
    print(15683)
elif x == 15684:
    print(15684)
elif x == 15685:
    print(15685)
elif x == 15686:
    print(15686)
elif x == 15687:
    print(15687)
elif x == 15688:
    print(15688)
elif x == 15689:
    print(15689)
elif x == 15690:
    print(15690)
elif x == 15691:
    print(15691)
elif x == 15692:
    print(15692)
elif x == 15693:
    print(15693)
elif x == 15694:
    print(15694)
elif x == 15695:
    print(15695)
elif x == 15696:
    print(15696)
elif x == 15697:
    print(15697)
elif x == 15698:
    print(15698)
elif x == 15699:
    print(15699)
elif x == 15700:
    print(15700)
elif x == 15701:
    print(15701)
elif x == 15702:
    print(15702)
elif x == 15703:
    print(15703)
elif x == 15704:
    print(15704)
elif x == 15705:
    print(15705)
elif x == 15706:
    print(15706)
elif x == 15707:
    print(15707)
elif x == 15708:
    print(15708)
elif x == 15709:
    print(15709)
elif x == 15710:
    print(15710)
elif x == 15711:
    print(15711)
elif x == 15712:
    print(15712)
elif x == 15713:
    print(15713)
elif x == 15714:
    print(15714)
elif x == 15715:
    print(15715)
elif x == 15716:
    print(15716)
elif x == 15717:
    print(15717)
elif x == 15718:
    print(15718)
elif x == 15719:
    print(15719)
elif x == 15720:
    print(15720)
elif x == 15721:
    print(15721)
elif x == 15722:
    print(15722)
elif x == 15723:
    print(15723)
elif x == 15724:
    print(15724)
elif x == 15725:
    print(15725)
elif x == 15726:
    print(15726)
elif x == 15727:
    print(15727)
elif x == 15728:
    print(15728)
elif x == 15729:
    print(15729)
elif x == 15730:
    print(15730)
elif x == 15731:
    print(15731)
elif x == 15732:
    print(15732)
elif x == 15733:
    print(15733)
elif x == 15734:
    print(15734)
elif x == 15735:
    print(15735)
elif x == 15736:
    print(15736)
elif x == 15737:
    print(15737)
elif x == 15738:
    print(15738)
elif x == 15739:
    print(15739)
elif x == 15740:
    print(15740)
elif x == 15741:
    print(15741)
elif x == 15742:
    print(15742)
elif x == 15743:
    print(15743)
elif x == 15744:
    print(15744)
elif x == 15745:
    print(15745)
elif x == 15746:
    print(15746)
elif x == 15747:
    print(15747)
elif x == 15748:
    print(15748)
elif x == 15749:
    print(15749)
elif x == 15750:
    print(15750)
elif x == 15751:
    print(15751)
elif x == 15752:
    print(15752)
elif x == 15753:
    print(15753)
elif x == 15754:
    print(15754)
elif x == 15755:
    print(15755)
elif x == 15756:
    print(15756)
elif x == 15757:
    print(15757)
elif x == 15758:
    print(15758)
elif x == 15759:
    print(15759)
elif x == 15760:
    print(15760)
elif x == 15761:
    print(15761)
elif x == 15762:
    print(15762)
elif x == 15763:
    print(15763)
elif x == 15764:
    print(15764)
elif x == 15765:
    print(15765)
elif x == 15766:
    print(15766)
elif x == 15767:
    print(15767)
elif x == 15768:
    print(15768)
elif x == 15769:
    print(15769)
elif x == 15770:
    print(15770)
elif x == 15771:
    print(15771)
elif x == 15772:
    print(15772)
elif x == 15773:
    print(15773)
elif x == 15774:
    print(15774)
elif x == 15775:
    print(15775)
elif x == 15776:
    print(15776)
elif x == 15777:
    print(15777)
elif x == 15778:
    print(15778)
elif x == 15779:
    print(15779)
elif x == 15780:
    print(15780)
elif x == 15781:
    print(15781)
elif x == 15782:
    print(15782)
elif x == 15783:
    print(15783)
elif x == 15784:
    print(15784)
elif x == 15785:
    print(15785)
elif x == 15786:
    print(15786)
elif x == 15787:
    print(15787)
elif x == 15788:
    print(15788)
elif x == 15789:
    print(15789)
elif x == 15790:
    print(15790)
elif x == 15791:
    print(15791)
elif x == 15792:
    print(15792)
elif x == 15793:
    print(15793)
elif x == 15794:
    print(15794)
elif x == 15795:
    print(15795)
elif x == 15796:
    print(15796)
elif x == 15797:
    print(15797)
elif x == 15798:
    print(15798)
elif x == 15799:
    print(15799)
elif x == 15800:
    print(15800)
elif x == 15801:
    print(15801)
elif x == 15802:
    print(15802)
elif x == 15803:
    print(15803)
elif x == 15804:
    print(15804)
elif x == 15805:
    print(15805)
elif x == 15806:
    print(15806)
elif x == 15807:
    print(15807)
elif x == 15808:
    print(15808)
elif x == 15809:
    print(15809)
elif x == 15810:
    print(15810)
elif x == 15811:
    print(15811)
elif x == 15812:
    print(15812)
elif x == 15813:
    print(15813)
elif x == 15814:
    print(15814)
elif x == 15815:
    print(15815)
elif x == 15816:
    print(15816)
elif x == 15817:
    print(15817)
elif x == 15818:
    print(15818)
elif x == 15819:
    print(15819)
elif x == 15820:
    print(15820)
elif x == 15821:
    print(15821)
elif x == 15822:
    print(15822)
elif x == 15823:
    print(15823)
elif x == 15824:
    print(15824)
elif x == 15825:
    print(15825)
elif x == 15826:
    print(15826)
elif x == 15827:
    print(15827)
elif x == 15828:
    print(15828)
elif x == 15829:
    print(15829)
elif x == 15830:
    print(15830)
elif x == 15831:
    print(15831)
elif x == 15832:
    print(15832)
elif x == 15833:
    print(15833)
elif x == 15834:
    print(15834)
elif x == 15835:
    print(15835)
elif x == 15836:
    print(15836)
elif x == 15837:
    print(15837)
elif x == 15838:
    print(15838)
elif x == 15839:
    print(15839)
elif x == 15840:
    print(15840)
elif x == 15841:
    print(15841)
elif x == 15842:
    print(15842)
elif x == 15843:
    print(15843)
elif x == 15844:
    print(15844)
elif x == 15845:
    print(15845)
elif x == 15846:
    print(15846)
elif x == 15847:
    print(15847)
elif x == 15848:
    print(15848)
elif x == 15849:
    print(15849)
elif x == 15850:
    print(15850)
elif x == 15851:
    print(15851)
elif x == 15852:
    print(15852)
elif x == 15853:
    print(15853)
elif x == 15854:
    print(15854)
elif x == 15855:
    print(15855)
elif x == 15856:
    print(15856)
elif x == 15857:
    print(15857)
elif x == 15858:
    print(15858)
elif x == 15859:
    print(15859)
elif x == 15860:
    print(15860)
elif x == 15861:
    print(15861)
elif x == 15862:
    print(15862)
elif x == 15863:
    print(15863)
elif x == 15864:
    print(15864)
elif x == 15865:
    print(15865)
elif x == 15866:
    print(15866)
elif x == 15867:
    print(15867)
elif x == 15868:
    print(15868)
elif x == 15869:
    print(15869)
elif x == 15870:
    print(15870)
elif x == 15871:
    print(15871)
elif x == 15872:
    print(15872)
elif x == 15873:
    print(15873)
elif x == 15874:
    print(15874)
elif x == 15875:
    print(15875)
elif x == 15876:
    print(15876)
elif x == 15877:
    print(15877)
elif x == 15878:
    print(15878)
elif x == 15879:
    print(15879)
elif x == 15880:
    print(15880)
elif x == 15881:
    print(15881)
elif x == 15882:
    print(15882)
elif x == 15883:
    print(15883)
elif x == 15884:
    print(15884)
elif x == 15885:
    print(15885)
elif x == 15886:
    print(15886)
elif x == 15887:
    print(15887)
elif x == 15888:
    print(15888)
elif x == 15889:
    print(15889)
elif x == 15890:
    print(15890)
elif x == 15891:
    print(15891)
elif x == 15892:
    print(15892)
elif x == 15893:
    print(15893)
elif x == 15894:
    print(15894)
elif x == 15895:
    print(15895)
elif x == 15896:
    print(15896)
elif x == 15897:
    print(15897)
elif x == 15898:
    print(15898)
elif x == 15899:
    print(15899)
elif x == 15900:
    print(15900)
elif x == 15901:
    print(15901)
elif x == 15902:
    print(15902)
elif x == 15903:
    print(15903)
elif x == 15904:
    print(15904)
elif x == 15905:
    print(15905)
elif x == 15906:
    print(15906)
elif x == 15907:
    print(15907)
elif x == 15908:
    print(15908)
elif x == 15909:
    print(15909)
elif x == 15910:
    print(15910)
elif x == 15911:
    print(15911)
elif x == 15912:
    print(15912)
elif x == 15913:
    print(15913)
elif x == 15914:
    print(15914)
elif x == 15915:
    print(15915)
elif x == 15916:
    print(15916)
elif x == 15917:
    print(15917)
elif x == 15918:
    print(15918)
elif x == 15919:
    print(15919)
elif x == 15920:
    print(15920)
elif x == 15921:
    print(15921)
elif x == 15922:
    print(15922)
elif x == 15923:
    print(15923)
elif x == 15924:
    print(15924)
elif x == 15925:
    print(15925)
elif x == 15926:
    print(15926)
elif x == 15927:
    print(15927)
elif x == 15928:
    print(15928)
elif x == 15929:
    print(15929)
elif x == 15930:
    print(15930)
elif x == 15931:
    print(15931)
elif x == 15932:
    print(15932)
elif x == 15933:
    print(15933)
elif x == 15934:
    print(15934)
elif x == 15935:
    print(15935)
elif x == 15936:
    print(15936)
elif x == 15937:
    print(15937)
elif x == 15938:
    print(15938)
elif x == 15939:
    print(15939)
elif x == 15940:
    print(15940)
elif x == 15941:
    print(15941)
elif x == 15942:
    print(15942)
elif x == 15943:
    print(15943)
elif x == 15944:
    print(15944)
elif x == 15945:
    print(15945)
elif x == 15946:
    print(15946)
elif x == 15947:
    print(15947)
elif x == 15948:
    print(15948)
elif x == 15949:
    print(15949)
elif x == 15950:
    print(15950)
elif x == 15951:
    print(15951)
elif x == 15952:
    print(15952)
elif x == 15953:
    print(15953)
elif x == 15954:
    print(15954)
elif x == 15955:
    print(15955)
elif x == 15956:
    print(15956)
elif x == 15957:
    print(15957)
elif x == 15958:
    print(15958)
elif x == 15959:
    print(15959)
elif x == 15960:
    print(15960)
elif x == 15961:
    print(15961)
elif x == 15962:
    print(15962)
elif x == 15963:
    print(15963)
elif x == 15964:
    print(15964)
elif x == 15965:
    print(15965)
elif x == 15966:
    print(15966)
elif x == 15967:
    print(15967)
elif x == 15968:
    print(15968)
elif x == 15969:
    print(15969)
elif x == 15970:
    print(15970)
elif x == 15971:
    print(15971)
elif x == 15972:
    print(15972)
elif x == 15973:
    print(15973)
elif x == 15974:
    print(15974)
elif x == 15975:
    print(15975)
elif x == 15976:
    print(15976)
elif x == 15977:
    print(15977)
elif x == 15978:
    print(15978)
elif x == 15979:
    print(15979)
elif x == 15980:
    print(15980)
elif x == 15981:
    print(15981)
elif x == 15982:
    print(15982)
elif x == 15983:
    print(15983)
elif x == 15984:
    print(15984)
elif x == 15985:
    print(15985)
elif x == 15986:
    print(15986)
elif x == 15987:
    print(15987)
elif x == 15988:
    print(15988)
elif x == 15989:
    print(15989)
elif x == 15990:
    print(15990)
elif x == 15991:
    print(15991)
elif x == 15992:
    print(15992)
elif x == 15993:
    print(15993)
elif x == 15994:
    print(15994)
elif x == 15995:
    print(15995)
elif x == 15996:
    print(15996)
elif x == 15997:
    print(15997)
elif x == 15998:
    print(15998)
elif x == 15999:
    print(15999)
elif x == 16000:
    print(16000)
elif x == 16001:
    print(16001)
elif x == 16002:
    print(16002)
elif x == 16003:
    print(16003)
elif x == 16004:
    print(16004)
elif x == 16005:
    print(16005)
elif x == 16006:
    print(16006)
elif x == 16007:
    print(16007)
elif x == 16008:
    print(16008)
elif x == 16009:
    print(16009)
elif x == 16010:
    print(16010)
elif x == 16011:
    print(16011)
elif x == 16012:
    print(16012)
elif x == 16013:
    print(16013)
elif x == 16014:
    print(16014)
elif x == 16015:
    print(16015)
elif x == 16016:
    print(16016)
elif x == 16017:
    print(16017)
elif x == 16018:
    print(16018)
elif x == 16019:
    print(16019)
elif x == 16020:
    print(16020)
elif x == 16021:
    print(16021)
elif x == 16022:
    print(16022)
elif x == 16023:
    print(16023)
elif x == 16024:
    print(16024)
elif x == 16025:
    print(16025)
elif x == 16026:
    print(16026)
elif x == 16027:
    print(16027)
elif x == 16028:
    print(16028)
elif x == 16029:
    print(16029)
elif x == 16030:
    print(16030)
elif x == 16031:
    print(16031)
elif x == 16032:
    print(16032)
elif x == 16033:
    print(16033)
elif x == 16034:
    print(16034)
elif x == 16035:
    print(16035)
elif x == 16036:
    print(16036)
elif x == 16037:
    print(16037)
elif x == 16038:
    print(16038)
elif x == 16039:
    print(16039)
elif x == 16040:
    print(16040)
elif x == 16041:
    print(16041)
elif x == 16042:
    print(16042)
elif x == 16043:
    print(16043)
elif x == 16044:
    print(16044)
elif x == 16045:
    print(16045)
elif x == 16046:
    print(16046)
elif x == 16047:
    print(16047)
elif x == 16048:
    print(16048)
elif x == 16049:
    print(16049)
elif x == 16050:
    print(16050)
elif x == 16051:
    print(16051)
elif x == 16052:
    print(16052)
elif x == 16053:
    print(16053)
elif x == 16054:
    print(16054)
elif x == 16055:
    print(16055)
elif x == 16056:
    print(16056)
elif x == 16057:
    print(16057)
elif x == 16058:
    print(16058)
elif x == 16059:
    print(16059)
elif x == 16060:
    print(16060)
elif x == 16061:
    print(16061)
elif x == 16062:
    print(16062)
elif x == 16063:
    print(16063)
elif x == 16064:
    print(16064)
elif x == 16065:
    print(16065)
elif x == 16066:
    print(16066)
elif x == 16067:
    print(16067)
elif x == 16068:
    print(16068)
elif x == 16069:
    print(16069)
elif x == 16070:
    print(16070)
elif x == 16071:
    print(16071)
elif x == 16072:
    print(16072)
elif x == 16073:
    print(16073)
elif x == 16074:
    print(16074)
elif x == 16075:
    print(16075)
elif x == 16076:
    print(16076)
elif x == 16077:
    print(16077)
elif x == 16078:
    print(16078)
elif x == 16079:
    print(16079)
elif x == 16080:
    print(16080)
elif x == 16081:
    print(16081)
elif x == 16082:
    print(16082)
elif x == 16083:
    print(16083)
elif x == 16084:
    print(16084)
elif x == 16085:
    print(16085)
elif x == 16086:
    print(16086)
elif x == 16087:
    print(16087)
elif x == 16088:
    print(16088)
elif x == 16089:
    print(16089)
elif x == 16090:
    print(16090)
elif x == 16091:
    print(16091)
elif x == 16092:
    print(16092)
elif x == 16093:
    print(16093)
elif x == 16094:
    print(16094)
elif x == 16095:
    print(16095)
elif x == 16096:
    print(16096)
elif x == 16097:
    print(16097)
elif x == 16098:
    print(16098)
elif x == 16099:
    print(16099)
elif x == 16100:
    print(16100)
elif x == 16101:
    print(16101)
elif x == 16102:
    print(16102)
elif x == 16103:
    print(16103)
elif x == 16104:
    print(16104)
elif x == 16105:
    print(16105)
elif x == 16106:
    print(16106)
elif x == 16107:
    print(16107)
elif x == 16108:
    print(16108)
elif x == 16109:
    print(16109)
elif x == 16110:
    print(16110)
elif x == 16111:
    print(16111)
elif x == 16112:
    print(16112)
elif x == 16113:
    print(16113)
elif x == 16114:
    print(16114)
elif x == 16115:
    print(16115)
elif x == 16116:
    print(16116)
elif x == 16117:
    print(16117)
elif x == 16118:
    print(16118)
elif x == 16119:
    print(16119)
elif x == 16120:
    print(16120)
elif x == 16121:
    print(16121)
elif x == 16122:
    print(16122)
elif x == 16123:
    print(16123)
elif x == 16124:
    print(16124)
elif x == 16125:
    print(16125)
elif x == 16126:
    print(16126)
elif x == 16127:
    print(16127)
elif x == 16128:
    print(16128)
elif x == 16129:
    print(16129)
elif x == 16130:
    print(16130)
elif x == 16131:
    print(16131)
elif x == 16132:
    print(16132)
elif x == 16133:
    print(16133)
elif x == 16134:
    print(16134)
elif x == 16135:
    print(16135)
elif x == 16136:
    print(16136)
elif x == 16137:
    print(16137)
elif x == 16138:
    print(16138)
elif x == 16139:
    print(16139)
elif x == 16140:
    print(16140)
elif x == 16141:
    print(16141)
elif x == 16142:
    print(16142)
elif x == 16143:
    print(16143)
elif x == 16144:
    print(16144)
elif x == 16145:
    print(16145)
elif x == 16146:
    print(16146)
elif x == 16147:
    print(16147)
elif x == 16148:
    print(16148)
elif x == 16149:
    print(16149)
elif x == 16150:
    print(16150)
elif x == 16151:
    print(16151)
elif x == 16152:
    print(16152)
elif x == 16153:
    print(16153)
elif x == 16154:
    print(16154)
elif x == 16155:
    print(16155)
elif x == 16156:
    print(16156)
elif x == 16157:
    print(16157)
elif x == 16158:
    print(16158)
elif x == 16159:
    print(16159)
elif x == 16160:
    print(16160)
elif x == 16161:
    print(16161)
elif x == 16162:
    print(16162)
elif x == 16163:
    print(16163)
elif x == 16164:
    print(16164)
elif x == 16165:
    print(16165)
elif x == 16166:
    print(16166)
elif x == 16167:
    print(16167)
elif x == 16168:
    print(16168)
elif x == 16169:
    print(16169)
elif x == 16170:
    print(16170)
elif x == 16171:
    print(16171)
elif x == 16172:
    print(16172)
elif x == 16173:
    print(16173)
elif x == 16174:
    print(16174)
elif x == 16175:
    print(16175)
elif x == 16176:
    print(16176)
elif x == 16177:
    print(16177)
elif x == 16178:
    print(16178)
elif x == 16179:
    print(16179)
elif x == 16180:
    print(16180)
elif x == 16181:
    print(16181)
elif x == 16182:
    print(16182)
elif x == 16183:
    print(16183)
elif x == 16184:
    print(16184)
elif x == 16185:
    print(16185)
elif x == 16186:
    print(16186)
elif x == 16187:
    print(16187)
elif x == 16188:
    print(16188)
elif x == 16189:
    print(16189)
elif x == 16190:
    print(16190)
elif x == 16191:
    print(16191)
elif x == 16192:
    print(16192)
elif x == 16193:
    print(16193)
elif x == 16194:
    print(16194)
elif x == 16195:
    print(16195)
elif x == 16196:
    print(16196)
elif x == 16197:
    print(16197)
elif x == 16198:
    print(16198)
elif x == 16199:
    print(16199)
elif x == 16200:
    print(16200)
elif x == 16201:
    print(16201)
elif x == 16202:
    print(16202)
elif x == 16203:
    print(16203)
elif x == 16204:
    print(16204)
elif x == 16205:
    print(16205)
elif x == 16206:
    print(16206)
elif x == 16207:
    print(16207)
elif x == 16208:
    print(16208)
elif x == 16209:
    print(16209)
elif x == 16210:
    print(16210)
elif x == 16211:
    print(16211)
elif x == 16212:
    print(16212)
elif x == 16213:
    print(16213)
elif x == 16214:
    print(16214)
elif x == 16215:
    print(16215)
elif x == 16216:
    print(16216)
elif x == 16217:
    print(16217)
elif x == 16218:
    print(16218)
elif x == 16219:
    print(16219)
elif x == 16220:
    print(16220)
elif x == 16221:
    print(16221)
elif x == 16222:
    print(16222)
elif x == 16223:
    print(16223)
elif x == 16224:
    print(16224)
elif x == 16225:
    print(16225)
elif x == 16226:
    print(16226)
elif x == 16227:
    print(16227)
elif x == 16228:
    print(16228)
elif x == 16229:
    print(16229)
elif x == 16230:
    print(16230)
elif x == 16231:
    print(16231)
elif x == 16232:
    print(16232)
elif x == 16233:
    print(16233)
elif x == 16234:
    print(16234)
elif x == 16235:
    print(16235)
elif x == 16236:
    print(16236)
elif x == 16237:
    print(16237)
elif x == 16238:
    print(16238)
elif x == 16239:
    print(16239)
elif x == 16240:
    print(16240)
elif x == 16241:
    print(16241)
elif x == 16242:
    print(16242)
elif x == 16243:
    print(16243)
elif x == 16244:
    print(16244)
elif x == 16245:
    print(16245)
elif x == 16246:
    print(16246)
elif x == 16247:
    print(16247)
elif x == 16248:
    print(16248)
elif x == 16249:
    print(16249)
elif x == 16250:
    print(16250)
elif x == 16251:
    print(16251)
elif x == 16252:
    print(16252)
elif x == 16253:
    print(16253)
elif x == 16254:
    print(16254)
elif x == 16255:
    print(16255)
elif x == 16256:
    print(16256)
elif x == 16257:
    print(16257)
elif x == 16258:
    print(16258)
elif x == 16259:
    print(16259)
elif x == 16260:
    print(16260)
elif x == 16261:
    print(16261)
elif x == 16262:
    print(16262)
elif x == 16263:
    print(16263)
elif x == 16264:
    print(16264)
elif x == 16265:
    print(16265)
elif x == 16266:
    print(16266)
elif x == 16267:
    print(16267)
elif x == 16268:
    print(16268)
elif x == 16269:
    print(16269)
elif x == 16270:
    print(16270)
elif x == 16271:
    print(16271)
elif x == 16272:
    print(16272)
elif x == 16273:
    print(16273)
elif x == 16274:
    print(16274)
elif x == 16275:
    print(16275)
elif x == 16276:
    print(16276)
elif x == 16277:
    print(16277)
elif x == 16278:
    print(16278)
elif x == 16279:
    print(16279)
elif x == 16280:
    print(16280)
elif x == 16281:
    print(16281)
elif x == 16282:
    print(16282)
elif x == 16283:
    print(16283)
elif x == 16284:
    print(16284)
elif x == 16285:
    print(16285)
elif x == 16286:
    print(16286)
elif x == 16287:
    print(16287)
elif x == 16288:
    print(16288)
elif x == 16289:
    print(16289)
elif x == 16290:
    print(16290)
elif x == 16291:
    print(16291)
elif x == 16292:
    print(16292)
elif x == 16293:
    print(16293)
elif x == 16294:
    print(16294)
elif x == 16295:
    print(16295)
elif x == 16296:
    print(16296)
elif x == 16297:
    print(16297)
elif x == 16298:
    print(16298)
elif x == 16299:
    print(16299)
elif x == 16300:
    print(16300)
elif x == 16301:
    print(16301)
elif x == 16302:
    print(16302)
elif x == 16303:
    print(16303)
elif x == 16304:
    print(16304)
elif x == 16305:
    print(16305)
elif x == 16306:
    print(16306)
elif x == 16307:
    print(16307)
elif x == 16308:
    print(16308)
elif x == 16309:
    print(16309)
elif x == 16310:
    print(16310)
elif x == 16311:
    print(16311)
elif x == 16312:
    print(16312)
elif x == 16313:
    print(16313)
elif x == 16314:
    print(16314)
elif x == 16315:
    print(16315)
elif x == 16316:
    print(16316)
elif x == 16317:
    print(16317)
elif x == 16318:
    print(16318)
elif x == 16319:
    print(16319)
elif x == 16320:
    print(16320)
elif x == 16321:
    print(16321)
elif x == 16322:
    print(16322)
elif x == 16323:
    print(16323)
elif x == 16324:
    print(16324)
elif x == 16325:
    print(16325)
elif x == 16326:
    print(16326)
elif x == 16327:
    print(16327)
elif x == 16328:
    print(16328)
elif x == 16329:
    print(16329)
elif x == 16330:
    print(16330)
elif x == 16331:
    print(16331)
elif x == 16332:
    print(16332)
elif x == 16333:
    print(16333)
elif x == 16334:
    print(16334)
elif x == 16335:
    print(16335)
elif x == 16336:
    print(16336)
elif x == 16337:
    print(16337)
elif x == 16338:
    print(16338)
elif x == 16339:
    print(16339)
elif x == 16340:
    print(16340)
elif x == 16341:
    print(16341)
elif x == 16342:
    print(16342)
elif x == 16343:
    print(16343)
elif x == 16344:
    print(16344)
elif x == 16345:
    print(16345)
elif x == 16346:
    print(16346)
elif x == 16347:
    print(16347)
elif x == 16348:
    print(16348)
elif x == 16349:
    print(16349)
elif x == 16350:
    print(16350)
elif x == 16351:
    print(16351)
elif x == 16352:
    print(16352)
elif x == 16353:
    print(16353)
elif x == 16354:
    print(16354)
elif x == 16355:
    print(16355)
elif x == 16356:
    print(16356)
elif x == 16357:
    print(16357)
elif x == 16358:
    print(16358)
elif x == 16359:
    print(16359)
elif x == 16360:
    print(16360)
elif x == 16361:
    print(16361)
elif x == 16362:
    print(16362)
elif x == 16363:
    print(16363)
elif x == 16364:
    print(16364)
elif x == 16365:
    print(16365)
elif x == 16366:
    print(16366)
elif x == 16367:
    print(16367)
elif x == 16368:
    print(16368)
elif x == 16369:
    print(16369)
elif x == 16370:
    print(16370)
elif x == 16371:
    print(16371)
elif x == 16372:
    print(16372)
elif x == 16373:
    print(16373)
elif x == 16374:
    print(16374)
elif x == 16375:
    print(16375)
elif x == 16376:
    print(16376)
elif x == 16377:
    print(16377)
elif x == 16378:
    print(16378)
elif x == 16379:
    print(16379)
elif x == 16380:
    print(16380)
elif x == 16381:
    print(16381)
elif x == 16382:
    print(16382)
elif x == 16383:
    print(16383)
elif x == 16384:
    print(16384)
elif x == 16385:
    print(16385)
elif x == 16386:
    print(16386)
elif x == 16387:
    print(16387)
elif x == 16388:
    print(16388)
elif x == 16389:
    print(16389)
elif x == 16390:
    print(16390)
elif x == 16391:
    print(16391)
elif x == 16392:
    print(16392)
elif x == 16393:
    print(16393)
elif x == 16394:
    print(16394)
elif x == 16395:
    print(16395)
elif x == 16396:
    print(16396)
elif x == 16397:
    print(16397)
elif x == 16398:
    print(16398)
elif x == 16399:
    print(16399)
elif x == 16400:
    print(16400)
elif x == 16401:
    print(16401)
elif x == 16402:
    print(16402)
elif x == 16403:
    print(16403)
elif x == 16404:
    print(16404)
elif x == 16405:
    print(16405)
elif x == 16406:
    print(16406)
elif x == 16407:
    print(16407)
elif x == 16408:
    print(16408)
elif x == 16409:
    print(16409)
elif x == 16410:
    print(16410)
elif x == 16411:
    print(16411)
elif x == 16412:
    print(16412)
elif x == 16413:
    print(16413)
elif x == 16414:
    print(16414)
elif x == 16415:
    print(16415)
elif x == 16416:
    print(16416)
elif x == 16417:
    print(16417)
elif x == 16418:
    print(16418)
elif x == 16419:
    print(16419)
elif x == 16420:
    print(16420)
elif x == 16421:
    print(16421)
elif x == 16422:
    print(16422)
elif x == 16423:
    print(16423)
elif x == 16424:
    print(16424)
elif x == 16425:
    print(16425)
elif x == 16426:
    print(16426)
elif x == 16427:
    print(16427)
elif x == 16428:
    print(16428)
elif x == 16429:
    print(16429)
elif x == 16430:
    print(16430)
elif x == 16431:
    print(16431)
elif x == 16432:
    print(16432)
elif x == 16433:
    print(16433)
elif x == 16434:
    print(16434)
elif x == 16435:
    print(16435)
elif x == 16436:
    print(16436)
elif x == 16437:
    print(16437)
elif x == 16438:
    print(16438)
elif x == 16439:
    print(16439)
elif x == 16440:
    print(16440)
elif x == 16441:
    print(16441)
elif x == 16442:
    print(16442)
elif x == 16443:
    print(16443)
elif x == 16444:
    print(16444)
elif x == 16445:
    print(16445)
elif x == 16446:
    print(16446)
elif x == 16447:
    print(16447)
elif x == 16448:
    print(16448)
elif x == 16449:
    print(16449)
elif x == 16450:
    print(16450)
elif x == 16451:
    print(16451)
elif x == 16452:
    print(16452)
elif x == 16453:
    print(16453)
elif x == 16454:
    print(16454)
elif x == 16455:
    print(16455)
elif x == 16456:
    print(16456)
elif x == 16457:
    print(16457)
elif x == 16458:
    print(16458)
elif x == 16459:
    print(16459)
elif x == 16460:
    print(16460)
elif x == 16461:
    print(16461)
elif x == 16462:
    print(16462)
elif x == 16463:
    print(16463)
elif x == 16464:
    print(16464)
elif x == 16465:
    print(16465)
elif x == 16466:
    print(16466)
elif x == 16467:
    print(16467)
elif x == 16468:
    print(16468)
elif x == 16469:
    print(16469)
elif x == 16470:
    print(16470)
elif x == 16471:
    print(16471)
elif x == 16472:
    print(16472)
elif x == 16473:
    print(16473)
elif x == 16474:
    print(16474)
elif x == 16475:
    print(16475)
elif x == 16476:
    print(16476)
elif x == 16477:
    print(16477)
elif x == 16478:
    print(16478)
elif x == 16479:
    print(16479)
elif x == 16480:
    print(16480)
elif x == 16481:
    print(16481)
elif x == 16482:
    print(16482)
elif x == 16483:
    print(16483)
elif x == 16484:
    print(16484)
elif x == 16485:
    print(16485)
elif x == 16486:
    print(16486)
elif x == 16487:
    print(16487)
elif x == 16488:
    print(16488)
elif x == 16489:
    print(16489)
elif x == 16490:
    print(16490)
elif x == 16491:
    print(16491)
elif x == 16492:
    print(16492)
elif x == 16493:
    print(16493)
elif x == 16494:
    print(16494)
elif x == 16495:
    print(16495)
elif x == 16496:
    print(16496)
elif x == 16497:
    print(16497)
elif x == 16498:
    print(16498)
elif x == 16499:
    print(16499)
elif x == 16500:
    print(16500)
elif x == 16501:
    print(16501)
elif x == 16502:
    print(16502)
elif x == 16503:
    print(16503)
elif x == 16504:
    print(16504)
elif x == 16505:
    print(16505)
elif x == 16506:
    print(16506)
elif x == 16507:
    print(16507)
elif x == 16508:
    print(16508)
elif x == 16509:
    print(16509)
elif x == 16510:
    print(16510)
elif x == 16511:
    print(16511)
elif x == 16512:
    print(16512)
elif x == 16513:
    print(16513)
elif x == 16514:
    print(16514)
elif x == 16515:
    print(16515)
elif x == 16516:
    print(16516)
elif x == 16517:
    print(16517)
elif x == 16518:
    print(16518)
elif x == 16519:
    print(16519)
elif x == 16520:
    print(16520)
elif x == 16521:
    print(16521)
elif x == 16522:
    print(16522)
elif x == 16523:
    print(16523)
elif x == 16524:
    print(16524)
elif x == 16525:
    print(16525)
elif x == 16526:
    print(16526)
elif x == 16527:
    print(16527)
elif x == 16528:
    print(16528)
elif x == 16529:
    print(16529)
elif x == 16530:
    print(16530)
elif x == 16531:
    print(16531)
elif x == 16532:
    print(16532)
elif x == 16533:
    print(16533)
elif x == 16534:
    print(16534)
elif x == 16535:
    print(16535)
elif x == 16536:
    print(16536)
elif x == 16537:
    print(16537)
elif x == 16538:
    print(16538)
elif x == 16539:
    print(16539)
elif x == 16540:
    print(16540)
elif x == 16541:
    print(16541)
elif x == 16542:
    print(16542)
elif x == 16543:
    print(16543)
elif x == 16544:
    print(16544)
elif x == 16545:
    print(16545)
elif x == 16546:
    print(16546)
elif x == 16547:
    print(16547)
elif x == 16548:
    print(16548)
elif x == 16549:
    print(16549)
elif x == 16550:
    print(16550)
elif x == 16551:
    print(16551)
elif x == 16552:
    print(16552)
elif x == 16553:
    print(16553)
elif x == 16554:
    print(16554)
elif x == 16555:
    print(16555)
elif x == 16556:
    print(16556)
elif x == 16557:
    print(16557)
elif x == 16558:
    print(16558)
elif x == 16559:
    print(16559)
elif x == 16560:
    print(16560)
elif x == 16561:
    print(16561)
elif x == 16562:
    print(16562)
elif x == 16563:
    print(16563)
elif x == 16564:
    print(16564)
elif x == 16565:
    print(16565)
elif x == 16566:
    print(16566)
elif x == 16567:
    print(16567)
elif x == 16568:
    print(16568)
elif x == 16569:
    print(16569)
elif x == 16570:
    print(16570)
elif x == 16571:
    print(16571)
elif x == 16572:
    print(16572)
elif x == 16573:
    print(16573)
elif x == 16574:
    print(16574)
elif x == 16575:
    print(16575)
elif x == 16576:
    print(16576)
elif x == 16577:
    print(16577)
elif x == 16578:
    print(16578)
elif x == 16579:
    print(16579)
elif x == 16580:
    print(16580)
elif x == 16581:
    print(16581)
elif x == 16582:
    print(16582)
elif x == 16583:
    print(16583)
elif x == 16584:
    print(16584)
elif x == 16585:
    print(16585)
elif x == 16586:
    print(16586)
elif x == 16587:
    print(16587)
elif x == 16588:
    print(16588)
elif x == 16589:
    print(16589)
elif x == 16590:
    print(16590)
elif x == 16591:
    print(16591)
elif x == 16592:
    print(16592)
elif x == 16593:
    print(16593)
elif x == 16594:
    print(16594)
elif x == 16595:
    print(16595)
elif x == 16596:
    print(16596)
elif x == 16597:
    print(16597)
elif x == 16598:
    print(16598)
elif x == 16599:
    print(16599)
elif x == 16600:
    print(16600)
elif x == 16601:
    print(16601)
elif x == 16602:
    print(16602)
elif x == 16603:
    print(16603)
elif x == 16604:
    print(16604)
elif x == 16605:
    print(16605)
elif x == 16606:
    print(16606)
elif x == 16607:
    print(16607)
elif x == 16608:
    print(16608)
elif x == 16609:
    print(16609)
elif x == 16610:
    print(16610)
elif x == 16611:
    print(16611)
elif x == 16612:
    print(16612)
elif x == 16613:
    print(16613)
elif x == 16614:
    print(16614)
elif x == 16615:
    print(16615)
elif x == 16616:
    print(16616)
elif x == 16617:
    print(16617)
elif x == 16618:
    print(16618)
elif x == 16619:
    print(16619)
elif x == 16620:
    print(16620)
elif x == 16621:
    print(16621)
elif x == 16622:
    print(16622)
elif x == 16623:
    print(16623)
elif x == 16624:
    print(16624)
elif x == 16625:
    print(16625)
elif x == 16626:
    print(16626)
elif x == 16627:
    print(16627)
elif x == 16628:
    print(16628)
elif x == 16629:
    print(16629)
elif x == 16630:
    print(16630)
elif x == 16631:
    print(16631)
elif x == 16632:
    print(16632)
elif x == 16633:
    print(16633)
elif x == 16634:
    print(16634)
elif x == 16635:
    print(16635)
elif x == 16636:
    print(16636)
elif x == 16637:
    print(16637)
elif x == 16638:
    print(16638)
elif x == 16639:
    print(16639)
elif x == 16640:
    print(16640)
elif x == 16641:
    print(16641)
elif x == 16642:
    print(16642)
elif x == 16643:
    print(16643)
elif x == 16644:
    print(16644)
elif x == 16645:
    print(16645)
elif x == 16646:
    print(16646)
elif x == 16647:
    print(16647)
elif x == 16648:
    print(16648)
elif x == 16649:
    print(16649)
elif x == 16650:
    print(16650)
elif x == 16651:
    print(16651)
elif x == 16652:
    print(16652)
elif x == 16653:
    print(16653)
elif x == 16654:
    print(16654)
elif x == 16655:
    print(16655)
elif x == 16656:
    print(16656)
elif x == 16657:
    print(16657)
elif x == 16658:
    print(16658)
elif x == 16659:
    print(16659)
elif x == 16660:
    print(16660)
elif x == 16661:
    print(16661)
elif x == 16662:
    print(16662)
elif x == 16663:
    print(16663)
elif x == 16664:
    print(16664)
elif x == 16665:
    print(16665)
elif x == 16666:
    print(16666)
elif x == 16667:
    print(16667)
elif x == 16668:
    print(16668)
elif x == 16669:
    print(16669)
elif x == 16670:
    print(16670)
elif x == 16671:
    print(16671)
elif x == 16672:
    print(16672)
elif x == 16673:
    print(16673)
elif x == 16674:
    print(16674)
elif x == 16675:
    print(16675)
elif x == 16676:
    print(16676)
elif x == 16677:
    print(16677)
elif x == 16678:
    print(16678)
elif x == 16679:
    print(16679)
elif x == 16680:
    print(16680)
elif x == 16681:
    print(16681)
elif x == 16682:
    print(16682)
elif x == 16683:
    print(16683)
elif x == 16684:
    print(16684)
elif x == 16685:
    print(16685)
elif x == 16686:
    print(16686)
elif x == 16687:
    print(16687)
elif x == 16688:
    print(16688)
elif x == 16689:
    print(16689)
elif x == 16690:
    print(16690)
elif x == 16691:
    print(16691)
elif x == 16692:
    print(16692)
elif x == 16693:
    print(16693)
elif x == 16694:
    print(16694)
elif x == 16695:
    print(16695)
elif x == 16696:
    print(16696)
elif x == 16697:
    print(16697)
elif x == 16698:
    print(16698)
elif x == 16699:
    print(16699)
elif x == 16700:
    print(16700)
elif x == 16701:
    print(16701)
elif x == 16702:
    print(16702)
elif x == 16703:
    print(16703)
elif x == 16704:
    print(16704)
elif x == 16705:
    print(16705)
elif x == 16706:
    print(16706)
elif x == 16707:
    print(16707)
elif x == 16708:
    print(16708)
elif x == 16709:
    print(16709)
elif x == 16710:
    print(16710)
elif x == 16711:
    print(16711)
elif x == 16712:
    print(16712)
elif x == 16713:
    print(16713)
elif x == 16714:
    print(16714)
elif x == 16715:
    print(16715)
elif x == 16716:
    print(16716)
elif x == 16717:
    print(16717)
elif x == 16718:
    print(16718)
elif x == 16719:
    print(16719)
elif x == 16720:
    print(16720)
elif x == 16721:
    print(16721)
elif x == 16722:
    print(16722)
elif x == 16723:
    print(16723)
elif x == 16724:
    print(16724)
elif x == 16725:
    print(16725)
elif x == 16726:
    print(16726)
elif x == 16727:
    print(16727)
elif x == 16728:
    print(16728)
elif x == 16729:
    print(16729)
elif x == 16730:
    print(16730)
elif x == 16731:
    print(16731)
elif x == 16732:
    print(16732)
elif x == 16733:
    print(16733)
elif x == 16734:
    print(16734)
elif x == 16735:
    print(16735)
elif x == 16736:
    print(16736)
elif x == 16737:
    print(16737)
elif x == 16738:
    print(16738)
elif x == 16739:
    print(16739)
elif x == 16740:
    print(16740)
elif x == 16741:
    print(16741)
elif x == 16742:
    print(16742)
elif x == 16743:
    print(16743)
elif x == 16744:
    print(16744)
elif x == 16745:
    print(16745)
elif x == 16746:
    print(16746)
elif x == 16747:
    print(16747)
elif x == 16748:
    print(16748)
elif x == 16749:
    print(16749)
elif x == 16750:
    print(16750)
elif x == 16751:
    print(16751)
elif x == 16752:
    print(16752)
elif x == 16753:
    print(16753)
elif x == 16754:
    print(16754)
elif x == 16755:
    print(16755)
elif x == 16756:
    print(16756)
elif x == 16757:
    print(16757)
elif x == 16758:
    print(16758)
elif x == 16759:
    print(16759)
elif x == 16760:
    print(16760)
elif x == 16761:
    print(16761)
elif x == 16762:
    print(16762)
elif x == 16763:
    print(16763)
elif x == 16764:
    print(16764)
elif x == 16765:
    print(16765)
elif x == 16766:
    print(16766)
elif x == 16767:
    print(16767)
elif x == 16768:
    print(16768)
elif x == 16769:
    print(16769)
elif x == 16770:
    print(16770)
elif x == 16771:
    print(16771)
elif x == 16772:
    print(16772)
elif x == 16773:
    print(16773)
elif x == 16774:
    print(16774)
elif x == 16775:
    print(16775)
elif x == 16776:
    print(16776)
elif x == 16777:
    print(16777)
elif x == 16778:
    print(16778)
elif x == 16779:
    print(16779)
elif x == 16780:
    print(16780)
elif x == 16781:
    print(16781)
elif x == 16782:
    print(16782)
elif x == 16783:
    print(16783)
elif x == 16784:
    print(16784)
elif x == 16785:
    print(16785)
elif x == 16786:
    print(16786)
elif x == 16787:
    print(16787)
elif x == 16788:
    print(16788)
elif x == 16789:
    print(16789)
elif x == 16790:
    print(16790)
elif x == 16791:
    print(16791)
elif x == 16792:
    print(16792)
elif x == 16793:
    print(16793)
elif x == 16794:
    print(16794)
elif x == 16795:
    print(16795)
elif x == 16796:
    print(16796)
elif x == 16797:
    print(16797)
elif x == 16798:
    print(16798)
elif x == 16799:
    print(16799)
elif x == 16800:
    print(16800)
elif x == 16801:
    print(16801)
elif x == 16802:
    print(16802)
elif x == 16803:
    print(16803)
elif x == 16804:
    print(16804)
elif x == 16805:
    print(16805)
elif x == 16806:
    print(16806)
elif x == 16807:
    print(16807)
elif x == 16808:
    print(16808)
elif x == 16809:
    print(16809)
elif x == 16810:
    print(16810)
elif x == 16811:
    print(16811)
elif x == 16812:
    print(16812)
elif x == 16813:
    print(16813)
elif x == 16814:
    print(16814)
elif x == 16815:
    print(16815)
elif x == 16816:
    print(16816)
elif x == 16817:
    print(16817)
elif x == 16818:
    print(16818)
elif x == 16819:
    print(16819)
elif x == 16820:
    print(16820)
elif x == 16821:
    print(16821)
elif x == 16822:
    print(16822)
elif x == 16823:
    print(16823)
elif x == 16824:
    print(16824)
elif x == 16825:
    print(16825)
elif x == 16826:
    print(16826)
elif x == 16827:
    print(16827)
elif x == 16828:
    print(16828)
elif x == 16829:
    print(16829)
elif x == 16830:
    print(16830)
elif x == 16831:
    print(16831)
elif x == 16832:
    print(16832)
elif x == 16833:
    print(16833)
elif x == 16834:
    print(16834)
elif x == 16835:
    print(16835)
elif x == 16836:
    print(16836)
elif x == 16837:
    print(16837)
elif x == 16838:
    print(16838)
elif x == 16839:
    print(16839)
elif x == 16840:
    print(16840)
elif x == 16841:
    print(16841)
elif x == 16842:
    print(16842)
elif x == 16843:
    print(16843)
elif x == 16844:
    print(16844)
elif x == 16845:
    print(16845)
elif x == 16846:
    print(16846)
elif x == 16847:
    print(16847)
elif x == 16848:
    print(16848)
elif x == 16849:
    print(16849)
elif x == 16850:
    print(16850)
elif x == 16851:
    print(16851)
elif x == 16852:
    print(16852)
elif x == 16853:
    print(16853)
elif x == 16854:
    print(16854)
elif x == 16855:
    print(16855)
elif x == 16856:
    print(16856)
elif x == 16857:
    print(16857)
elif x == 16858:
    print(16858)
elif x == 16859:
    print(16859)
elif x == 16860:
    print(16860)
elif x == 16861:
    print(16861)
elif x == 16862:
    print(16862)
elif x == 16863:
    print(16863)
elif x == 16864:
    print(16864)
elif x == 16865:
    print(16865)
elif x == 16866:
    print(16866)
elif x == 16867:
    print(16867)
elif x == 16868:
    print(16868)
elif x == 16869:
    print(16869)
elif x == 16870:
    print(16870)
elif x == 16871:
    print(16871)
elif x == 16872:
    print(16872)
elif x == 16873:
    print(16873)
elif x == 16874:
    print(16874)
elif x == 16875:
    print(16875)
elif x == 16876:
    print(16876)
elif x == 16877:
    print(16877)
elif x == 16878:
    print(16878)
elif x == 16879:
    print(16879)
elif x == 16880:
    print(16880)
elif x == 16881:
    print(16881)
elif x == 16882:
    print(16882)
elif x == 16883:
    print(16883)
elif x == 16884:
    print(16884)
elif x == 16885:
    print(16885)
elif x == 16886:
    print(16886)
elif x == 16887:
    print(16887)
elif x == 16888:
    print(16888)
elif x == 16889:
    print(16889)
elif x == 16890:
    print(16890)
elif x == 16891:
    print(16891)
elif x == 16892:
    print(16892)
elif x == 16893:
    print(16893)
elif x == 16894:
    print(16894)
elif x == 16895:
    print(16895)
elif x == 16896:
    print(16896)
elif x == 16897:
    print(16897)
elif x == 16898:
    print(16898)
elif x == 16899:
    print(16899)
elif x == 16900:
    print(16900)
elif x == 16901:
    print(16901)
elif x == 16902:
    print(16902)
elif x == 16903:
    print(16903)
elif x == 16904:
    print(16904)
elif x == 16905:
    print(16905)
elif x == 16906:
    print(16906)
elif x == 16907:
    print(16907)
elif x == 16908:
    print(16908)
elif x == 16909:
    print(16909)
elif x == 16910:
    print(16910)
elif x == 16911:
    print(16911)
elif x == 16912:
    print(16912)
elif x == 16913:
    print(16913)
elif x == 16914:
    print(16914)
elif x == 16915:
    print(16915)
elif x == 16916:
    print(16916)
elif x == 16917:
    print(16917)
elif x == 16918:
    print(16918)
elif x == 16919:
    print(16919)
elif x == 16920:
    print(16920)
elif x == 16921:
    print(16921)
elif x == 16922:
    print(16922)
elif x == 16923:
    print(16923)
elif x == 16924:
    print(16924)
elif x == 16925:
    print(16925)
elif x == 16926:
    print(16926)
elif x == 16927:
    print(16927)
elif x == 16928:
    print(16928)
elif x == 16929:
    print(16929)
elif x == 16930:
    print(16930)
elif x == 16931:
    print(16931)
elif x == 16932:
    print(16932)
elif x == 16933:
    print(16933)
elif x == 16934:
    print(16934)
elif x == 16935:
    print(16935)
elif x == 16936:
    print(16936)
elif x == 16937:
    print(16937)
elif x == 16938:
    print(16938)
elif x == 16939:
    print(16939)
elif x == 16940:
    print(16940)
elif x == 16941:
    print(16941)
elif x == 16942:
    print(16942)
elif x == 16943:
    print(16943)
elif x == 16944:
    print(16944)
elif x == 16945:
    print(16945)
elif x == 16946:
    print(16946)
elif x == 16947:
    print(16947)
elif x == 16948:
    print(16948)
elif x == 16949:
    print(16949)
elif x == 16950:
    print(16950)
elif x == 16951:
    print(16951)
elif x == 16952:
    print(16952)
elif x == 16953:
    print(16953)
elif x == 16954:
    print(16954)
elif x == 16955:
    print(16955)
elif x == 16956:
    print(16956)
elif x == 16957:
    print(16957)
elif x == 16958:
    print(16958)
elif x == 16959:
    print(16959)
elif x == 16960:
    print(16960)
elif x == 16961:
    print(16961)
elif x == 16962:
    print(16962)
elif x == 16963:
    print(16963)
elif x == 16964:
    print(16964)
elif x == 16965:
    print(16965)
elif x == 16966:
    print(16966)
elif x == 16967:
    print(16967)
elif x == 16968:
    print(16968)
elif x == 16969:
    print(16969)
elif x == 16970:
    print(16970)
elif x == 16971:
    print(16971)
elif x == 16972:
    print(16972)
elif x == 16973:
    print(16973)
elif x == 16974:
    print(16974)
elif x == 16975:
    print(16975)
elif x == 16976:
    print(16976)
elif x == 16977:
    print(16977)
elif x == 16978:
    print(16978)
elif x == 16979:
    print(16979)
elif x == 16980:
    print(16980)
elif x == 16981:
    print(16981)
elif x == 16982:
    print(16982)
elif x == 16983:
    print(16983)
elif x == 16984:
    print(16984)
elif x == 16985:
    print(16985)
elif x == 16986:
    print(16986)
elif x == 16987:
    print(16987)
elif x == 16988:
    print(16988)
elif x == 16989:
    print(16989)
elif x == 16990:
    print(16990)
elif x == 16991:
    print(16991)
elif x == 16992:
    print(16992)
elif x == 16993:
    print(16993)
elif x == 16994:
    print(16994)
elif x == 16995:
    print(16995)
elif x == 16996:
    print(16996)
elif x == 16997:
    print(16997)
elif x == 16998:
    print(16998)
elif x == 16999:
    print(16999)
elif x == 17000:
    print(17000)
elif x == 17001:
    print(17001)
elif x == 17002:
    print(17002)
elif x == 17003:
    print(17003)
elif x == 17004:
    print(17004)
elif x == 17005:
    print(17005)
elif x == 17006:
    print(17006)
elif x == 17007:
    print(17007)
elif x == 17008:
    print(17008)
elif x == 17009:
    print(17009)
elif x == 17010:
    print(17010)
elif x == 17011:
    print(17011)
elif x == 17012:
    print(17012)
elif x == 17013:
    print(17013)
elif x == 17014:
    print(17014)
elif x == 17015:
    print(17015)
elif x == 17016:
    print(17016)
elif x == 17017:
    print(17017)
elif x == 17018:
    print(17018)
elif x == 17019:
    print(17019)
elif x == 17020:
    print(17020)
elif x == 17021:
    print(17021)
elif x == 17022:
    print(17022)
elif x == 17023:
    print(17023)
elif x == 17024:
    print(17024)
elif x == 17025:
    print(17025)
elif x == 17026:
    print(17026)
elif x == 17027:
    print(17027)
elif x == 17028:
    print(17028)
elif x == 17029:
    print(17029)
elif x == 17030:
    print(17030)
elif x == 17031:
    print(17031)
elif x == 17032:
    print(17032)
elif x == 17033:
    print(17033)
elif x == 17034:
    print(17034)
elif x == 17035:
    print(17035)
elif x == 17036:
    print(17036)
elif x == 17037:
    print(17037)
elif x == 17038:
    print(17038)
elif x == 17039:
    print(17039)
elif x == 17040:
    print(17040)
elif x == 17041:
    print(17041)
elif x == 17042:
    print(17042)
elif x == 17043:
    print(17043)
elif x == 17044:
    print(17044)
elif x == 17045:
    print(17045)
elif x == 17046:
    print(17046)
elif x == 17047:
    print(17047)
elif x == 17048:
    print(17048)
elif x == 17049:
    print(17049)
elif x == 17050:
    print(17050)
elif x == 17051:
    print(17051)
elif x == 17052:
    print(17052)
elif x == 17053:
    print(17053)
elif x == 17054:
    print(17054)
elif x == 17055:
    print(17055)
elif x == 17056:
    print(17056)
elif x == 17057:
    print(17057)
elif x == 17058:
    print(17058)
elif x == 17059:
    print(17059)
elif x == 17060:
    print(17060)
elif x == 17061:
    print(17061)
elif x == 17062:
    print(17062)
elif x == 17063:
    print(17063)
elif x == 17064:
    print(17064)
elif x == 17065:
    print(17065)
elif x == 17066:
    print(17066)
elif x == 17067:
    print(17067)
elif x == 17068:
    print(17068)
elif x == 17069:
    print(17069)
elif x == 17070:
    print(17070)
elif x == 17071:
    print(17071)
elif x == 17072:
    print(17072)
elif x == 17073:
    print(17073)
elif x == 17074:
    print(17074)
elif x == 17075:
    print(17075)
elif x == 17076:
    print(17076)
elif x == 17077:
    print(17077)
elif x == 17078:
    print(17078)
elif x == 17079:
    print(17079)
elif x == 17080:
    print(17080)
elif x == 17081:
    print(17081)
elif x == 17082:
    print(17082)
elif x == 17083:
    print(17083)
elif x == 17084:
    print(17084)
elif x == 17085:
    print(17085)
elif x == 17086:
    print(17086)
elif x == 17087:
    print(17087)
elif x == 17088:
    print(17088)
elif x == 17089:
    print(17089)
elif x == 17090:
    print(17090)
elif x == 17091:
    print(17091)
elif x == 17092:
    print(17092)
elif x == 17093:
    print(17093)
elif x == 17094:
    print(17094)
elif x == 17095:
    print(17095)
elif x == 17096:
    print(17096)
elif x == 17097:
    print(17097)
elif x == 17098:
    print(17098)
elif x == 17099:
    print(17099)
elif x == 17100:
    print(17100)
elif x == 17101:
    print(17101)
elif x == 17102:
    print(17102)
elif x == 17103:
    print(17103)
elif x == 17104:
    print(17104)
elif x == 17105:
    print(17105)
elif x == 17106:
    print(17106)
elif x == 17107:
    print(17107)
elif x == 17108:
    print(17108)
elif x == 17109:
    print(17109)
elif x == 17110:
    print(17110)
elif x == 17111:
    print(17111)
elif x == 17112:
    print(17112)
elif x == 17113:
    print(17113)
elif x == 17114:
    print(17114)
elif x == 17115:
    print(17115)
elif x == 17116:
    print(17116)
elif x == 17117:
    print(17117)
elif x == 17118:
    print(17118)
elif x == 17119:
    print(17119)
elif x == 17120:
    print(17120)
elif x == 17121:
    print(17121)
elif x == 17122:
    print(17122)
elif x == 17123:
    print(17123)
elif x == 17124:
    print(17124)
elif x == 17125:
    print(17125)
elif x == 17126:
    print(17126)
elif x == 17127:
    print(17127)
elif x == 17128:
    print(17128)
elif x == 17129:
    print(17129)
elif x == 17130:
    print(17130)
elif x == 17131:
    print(17131)
elif x == 17132:
    print(17132)
elif x == 17133:
    print(17133)
elif x == 17134:
    print(17134)
elif x == 17135:
    print(17135)
elif x == 17136:
    print(17136)
elif x == 17137:
    print(17137)
elif x == 17138:
    print(17138)
elif x == 17139:
    print(17139)
elif x == 17140:
    print(17140)
elif x == 17141:
    print(17141)
elif x == 17142:
    print(17142)
elif x == 17143:
    print(17143)
elif x == 17144:
    print(17144)
elif x == 17145:
    print(17145)
elif x == 17146:
    print(17146)
elif x == 17147:
    print(17147)
elif x == 17148:
    print(17148)
elif x == 17149:
    print(17149)
elif x == 17150:
    print(17150)
elif x == 17151:
    print(17151)
elif x == 17152:
    print(17152)
elif x == 17153:
    print(17153)
elif x == 17154:
    print(17154)
elif x == 17155:
    print(17155)
elif x == 17156:
    print(17156)
elif x == 17157:
    print(17157)
elif x == 17158:
    print(17158)
elif x == 17159:
    print(17159)
elif x == 17160:
    print(17160)
elif x == 17161:
    print(17161)
elif x == 17162:
    print(17162)
elif x == 17163:
    print(17163)
elif x == 17164:
    print(17164)
elif x == 17165:
    print(17165)
elif x == 17166:
    print(17166)
elif x == 17167:
    print(17167)
elif x == 17168:
    print(17168)
elif x == 17169:
    print(17169)
elif x == 17170:
    print(17170)
elif x == 17171:
    print(17171)
elif x == 17172:
    print(17172)
elif x == 17173:
    print(17173)
elif x == 17174:
    print(17174)
elif x == 17175:
    print(17175)
elif x == 17176:
    print(17176)
elif x == 17177:
    print(17177)
elif x == 17178:
    print(17178)
elif x == 17179:
    print(17179)
elif x == 17180:
    print(17180)
elif x == 17181:
    print(17181)
elif x == 17182:
    print(17182)
elif x == 17183:
    print(17183)
elif x == 17184:
    print(17184)
elif x == 17185:
    print(17185)
elif x == 17186:
    print(17186)
elif x == 17187:
    print(17187)
elif x == 17188:
    print(17188)
elif x == 17189:
    print(17189)
elif x == 17190:
    print(17190)
elif x == 17191:
    print(17191)
elif x == 17192:
    print(17192)
elif x == 17193:
    print(17193)
elif x == 17194:
    print(17194)
elif x == 17195:
    print(17195)
elif x == 17196:
    print(17196)
elif x == 17197:
    print(17197)
elif x == 17198:
    print(17198)
elif x == 17199:
    print(17199)
elif x == 17200:
    print(17200)
elif x == 17201:
    print(17201)
elif x == 17202:
    print(17202)
elif x == 17203:
    print(17203)
elif x == 17204:
    print(17204)
elif x == 17205:
    print(17205)
elif x == 17206:
    print(17206)
elif x == 17207:
    print(17207)
elif x == 17208:
    print(17208)
elif x == 17209:
    print(17209)
elif x == 17210:
    print(17210)
elif x == 17211:
    print(17211)
elif x == 17212:
    print(17212)
elif x == 17213:
    print(17213)
elif x == 17214:
    print(17214)
elif x == 17215:
    print(17215)
elif x == 17216:
    print(17216)
elif x == 17217:
    print(17217)
elif x == 17218:
    print(17218)
elif x == 17219:
    print(17219)
elif x == 17220:
    print(17220)
elif x == 17221:
    print(17221)
elif x == 17222:
    print(17222)
elif x == 17223:
    print(17223)
elif x == 17224:
    print(17224)
elif x == 17225:
    print(17225)
elif x == 17226:
    print(17226)
elif x == 17227:
    print(17227)
elif x == 17228:
    print(17228)
elif x == 17229:
    print(17229)
elif x == 17230:
    print(17230)
elif x == 17231:
    print(17231)
elif x == 17232:
    print(17232)
elif x == 17233:
    print(17233)
elif x == 17234:
    print(17234)
elif x == 17235:
    print(17235)
elif x == 17236:
    print(17236)
elif x == 17237:
    print(17237)
elif x == 17238:
    print(17238)
elif x == 17239:
    print(17239)
elif x == 17240:
    print(17240)
elif x == 17241:
    print(17241)
elif x == 17242:
    print(17242)
elif x == 17243:
    print(17243)
elif x == 17244:
    print(17244)
elif x == 17245:
    print(17245)
elif x == 17246:
    print(17246)
elif x == 17247:
    print(17247)
elif x == 17248:
    print(17248)
elif x == 17249:
    print(17249)
elif x == 17250:
    print(17250)
elif x == 17251:
    print(17251)
elif x == 17252:
    print(17252)
elif x == 17253:
    print(17253)
elif x == 17254:
    print(17254)
elif x == 17255:
    print(17255)
elif x == 17256:
    print(17256)
elif x == 17257:
    print(17257)
elif x == 17258:
    print(17258)
elif x == 17259:
    print(17259)
elif x == 17260:
    print(17260)
elif x == 17261:
    print(17261)
elif x == 17262:
    print(17262)
elif x == 17263:
    print(17263)
elif x == 17264:
    print(17264)
elif x == 17265:
    print(17265)
elif x == 17266:
    print(17266)
elif x == 17267:
    print(17267)
elif x == 17268:
    print(17268)
elif x == 17269:
    print(17269)
elif x == 17270:
    print(17270)
elif x == 17271:
    print(17271)
elif x == 17272:
    print(17272)
elif x == 17273:
    print(17273)
elif x == 17274:
    print(17274)
elif x == 17275:
    print(17275)
elif x == 17276:
    print(17276)
elif x == 17277:
    print(17277)
elif x == 17278:
    print(17278)
elif x == 17279:
    print(17279)
elif x == 17280:
    print(17280)
elif x == 17281:
    print(17281)
elif x == 17282:
    print(17282)
elif x == 17283:
    print(17283)
elif x == 17284:
    print(17284)
elif x == 17285:
    print(17285)
elif x == 17286:
    print(17286)
elif x == 17287:
    print(17287)
elif x == 17288:
    print(17288)
elif x == 17289:
    print(17289)
elif x == 17290:
    print(17290)
elif x == 17291:
    print(17291)
elif x == 17292:
    print(17292)
elif x == 17293:
    print(17293)
elif x == 17294:
    print(17294)
elif x == 17295:
    print(17295)
elif x == 17296:
    print(17296)
elif x == 17297:
    print(17297)
elif x == 17298:
    print(17298)
elif x == 17299:
    print(17299)
elif x == 17300:
    print(17300)
elif x == 17301:
    print(17301)
elif x == 17302:
    print(17302)
elif x == 17303:
    print(17303)
elif x == 17304:
    print(17304)
elif x == 17305:
    print(17305)
elif x == 17306:
    print(17306)
elif x == 17307:
    print(17307)
elif x == 17308:
    print(17308)
elif x == 17309:
    print(17309)
elif x == 17310:
    print(17310)
elif x == 17311:
    print(17311)
elif x == 17312:
    print(17312)
elif x == 17313:
    print(17313)
elif x == 17314:
    print(17314)
elif x == 17315:
    print(17315)
elif x == 17316:
    print(17316)
elif x == 17317:
    print(17317)
elif x == 17318:
    print(17318)
elif x == 17319:
    print(17319)
elif x == 17320:
    print(17320)
elif x == 17321:
    print(17321)
elif x == 17322:
    print(17322)
elif x == 17323:
    print(17323)
elif x == 17324:
    print(17324)
elif x == 17325:
    print(17325)
elif x == 17326:
    print(17326)
elif x == 17327:
    print(17327)
elif x == 17328:
    print(17328)
elif x == 17329:
    print(17329)
elif x == 17330:
    print(17330)
elif x == 17331:
    print(17331)
elif x == 17332:
    print(17332)
elif x == 17333:
    print(17333)
elif x == 17334:
    print(17334)
elif x == 17335:
    print(17335)
elif x == 17336:
    print(17336)
elif x == 17337:
    print(17337)
elif x == 17338:
    print(17338)
elif x == 17339:
    print(17339)
elif x == 17340:
    print(17340)
elif x == 17341:
    print(17341)
elif x == 17342:
    print(17342)
elif x == 17343:
    print(17343)
elif x == 17344:
    print(17344)
elif x == 17345:
    print(17345)
elif x == 17346:
    print(17346)
elif x == 17347:
    print(17347)
elif x == 17348:
    print(17348)
elif x == 17349:
    print(17349)
elif x == 17350:
    print(17350)
elif x == 17351:
    print(17351)
elif x == 17352:
    print(17352)
elif x == 17353:
    print(17353)
elif x == 17354:
    print(17354)
elif x == 17355:
    print(17355)
elif x == 17356:
    print(17356)
elif x == 17357:
    print(17357)
elif x == 17358:
    print(17358)
elif x == 17359:
    print(17359)
elif x == 17360:
    print(17360)
elif x == 17361:
    print(17361)
elif x == 17362:
    print(17362)
elif x == 17363:
    print(17363)
elif x == 17364:
    print(17364)
elif x == 17365:
    print(17365)
elif x == 17366:
    print(17366)
elif x == 17367:
    print(17367)
elif x == 17368:
    print(17368)
elif x == 17369:
    print(17369)
elif x == 17370:
    print(17370)
elif x == 17371:
    print(17371)
elif x == 17372:
    print(17372)
elif x == 17373:
    print(17373)
elif x == 17374:
    print(17374)
elif x == 17375:
    print(17375)
elif x == 17376:
    print(17376)
elif x == 17377:
    print(17377)
elif x == 17378:
    print(17378)
elif x == 17379:
    print(17379)
elif x == 17380:
    print(17380)
elif x == 17381:
    print(17381)
elif x == 17382:
    print(17382)
elif x == 17383:
    print(17383)
elif x == 17384:
    print(17384)
elif x == 17385:
    print(17385)
elif x == 17386:
    print(17386)
elif x == 17387:
    print(17387)
elif x == 17388:
    print(17388)
elif x == 17389:
    print(17389)
elif x == 17390:
    print(17390)
elif x == 17391:
    print(17391)
elif x == 17392:
    print(17392)
elif x == 17393:
    print(17393)
elif x == 17394:
    print(17394)
elif x == 17395:
    print(17395)
elif x == 17396:
    print(17396)
elif x == 17397:
    print(17397)
elif x == 17398:
    print(17398)
elif x == 17399:
    print(17399)
elif x == 17400:
    print(17400)
elif x == 17401:
    print(17401)
elif x == 17402:
    print(17402)
elif x == 17403:
    print(17403)
elif x == 17404:
    print(17404)
elif x == 17405:
    print(17405)
elif x == 17406:
    print(17406)
elif x == 17407:
    print(17407)
elif x == 17408:
    print(17408)
elif x == 17409:
    print(17409)
elif x == 17410:
    print(17410)
elif x == 17411:
    print(17411)
elif x == 17412:
    print(17412)
elif x == 17413:
    print(17413)
elif x == 17414:
    print(17414)
elif x == 17415:
    print(17415)
elif x == 17416:
    print(17416)
elif x == 17417:
    print(17417)
elif x == 17418:
    print(17418)
elif x == 17419:
    print(17419)
elif x == 17420:
    print(17420)
elif x == 17421:
    print(17421)
elif x == 17422:
    print(17422)
elif x == 17423:
    print(17423)
elif x == 17424:
    print(17424)
elif x == 17425:
    print(17425)
elif x == 17426:
    print(17426)
elif x == 17427:
    print(17427)
elif x == 17428:
    print(17428)
elif x == 17429:
    print(17429)
elif x == 17430:
    print(17430)
elif x == 17431:
    print(17431)
elif x == 17432:
    print(17432)
elif x == 17433:
    print(17433)
elif x == 17434:
    print(17434)
elif x == 17435:
    print(17435)
elif x == 17436:
    print(17436)
elif x == 17437:
    print(17437)
elif x == 17438:
    print(17438)
elif x == 17439:
    print(17439)
elif x == 17440:
    print(17440)
elif x == 17441:
    print(17441)
elif x == 17442:
    print(17442)
elif x == 17443:
    print(17443)
elif x == 17444:
    print(17444)
elif x == 17445:
    print(17445)
elif x == 17446:
    print(17446)
elif x == 17447:
    print(17447)
elif x == 17448:
    print(17448)
elif x == 17449:
    print(17449)
elif x == 17450:
    print(17450)
elif x == 17451:
    print(17451)
elif x == 17452:
    print(17452)
elif x == 17453:
    print(17453)
elif x == 17454:
    print(17454)
elif x == 17455:
    print(17455)
elif x == 17456:
    print(17456)
elif x == 17457:
    print(17457)
elif x == 17458:
    print(17458)
elif x == 17459:
    print(17459)
elif x == 17460:
    print(17460)
elif x == 17461:
    print(17461)
elif x == 17462:
    print(17462)
elif x == 17463:
    print(17463)
elif x == 17464:
    print(17464)
elif x == 17465:
    print(17465)
elif x == 17466:
    print(17466)
elif x == 17467:
    print(17467)
elif x == 17468:
    print(17468)
elif x == 17469:
    print(17469)
elif x == 17470:
    print(17470)
elif x == 17471:
    print(17471)
elif x == 17472:
    print(17472)
elif x == 17473:
    print(17473)
elif x == 17474:
    print(17474)
elif x == 17475:
    print(17475)
elif x == 17476:
    print(17476)
elif x == 17477:
    print(17477)
elif x == 17478:
    print(17478)
elif x == 17479:
    print(17479)
elif x == 17480:
    print(17480)
elif x == 17481:
    print(17481)
elif x == 17482:
    print(17482)
elif x == 17483:
    print(17483)
elif x == 17484:
    print(17484)
elif x == 17485:
    print(17485)
elif x == 17486:
    print(17486)
elif x == 17487:
    print(17487)
elif x == 17488:
    print(17488)
elif x == 17489:
    print(17489)
elif x == 17490:
    print(17490)
elif x == 17491:
    print(17491)
elif x == 17492:
    print(17492)
elif x == 17493:
    print(17493)
elif x == 17494:
    print(17494)
elif x == 17495:
    print(17495)
elif x == 17496:
    print(17496)
elif x == 17497:
    print(17497)
elif x == 17498:
    print(17498)
elif x == 17499:
    print(17499)
elif x == 17500:
    print(17500)
elif x == 17501:
    print(17501)
elif x == 17502:
    print(17502)
elif x == 17503:
    print(17503)
elif x == 17504:
    print(17504)
elif x == 17505:
    print(17505)
elif x == 17506:
    print(17506)
elif x == 17507:
    print(17507)
elif x == 17508:
    print(17508)
elif x == 17509:
    print(17509)
elif x == 17510:
    print(17510)
elif x == 17511:
    print(17511)
elif x == 17512:
    print(17512)
elif x == 17513:
    print(17513)
elif x == 17514:
    print(17514)
elif x == 17515:
    print(17515)
elif x == 17516:
    print(17516)
elif x == 17517:
    print(17517)
elif x == 17518:
    print(17518)
elif x == 17519:
    print(17519)
elif x == 17520:
    print(17520)
elif x == 17521:
    print(17521)
elif x == 17522:
    print(17522)
elif x == 17523:
    print(17523)
elif x == 17524:
    print(17524)
elif x == 17525:
    print(17525)
elif x == 17526:
    print(17526)
elif x == 17527:
    print(17527)
elif x == 17528:
    print(17528)
elif x == 17529:
    print(17529)
elif x == 17530:
    print(17530)
elif x == 17531:
    print(17531)
elif x == 17532:
    print(17532)
elif x == 17533:
    print(17533)
elif x == 17534:
    print(17534)
elif x == 17535:
    print(17535)
elif x == 17536:
    print(17536)
elif x == 17537:
    print(17537)
elif x == 17538:
    print(17538)
elif x == 17539:
    print(17539)
elif x == 17540:
    print(17540)
elif x == 17541:
    print(17541)
elif x == 17542:
    print(17542)
elif x == 17543:
    print(17543)
elif x == 17544:
    print(17544)
elif x == 17545:
    print(17545)
elif x == 17546:
    print(17546)
elif x == 17547:
    print(17547)
elif x == 17548:
    print(17548)
elif x == 17549:
    print(17549)
elif x == 17550:
    print(17550)
elif x == 17551:
    print(17551)
elif x == 17552:
    print(17552)
elif x == 17553:
    print(17553)
elif x == 17554:
    print(17554)
elif x == 17555:
    print(17555)
elif x == 17556:
    print(17556)
elif x == 17557:
    print(17557)
elif x == 17558:
    print(17558)
elif x == 17559:
    print(17559)
elif x == 17560:
    print(17560)
elif x == 17561:
    print(17561)
elif x == 17562:
    print(17562)
elif x == 17563:
    print(17563)
elif x == 17564:
    print(17564)
elif x == 17565:
    print(17565)
elif x == 17566:
    print(17566)
elif x == 17567:
    print(17567)
elif x == 17568:
    print(17568)
elif x == 17569:
    print(17569)
elif x == 17570:
    print(17570)
elif x == 17571:
    print(17571)
elif x == 17572:
    print(17572)
elif x == 17573:
    print(17573)
elif x == 17574:
    print(17574)
elif x == 17575:
    print(17575)
elif x == 17576:
    print(17576)
elif x == 17577:
    print(17577)
elif x == 17578:
    print(17578)
elif x == 17579:
    print(17579)
elif x == 17580:
    print(17580)
elif x == 17581:
    print(17581)
elif x == 17582:
    print(17582)
elif x == 17583:
    print(17583)
elif x == 17584:
    print(17584)
elif x == 17585:
    print(17585)
elif x == 17586:
    print(17586)
elif x == 17587:
    print(17587)
elif x == 17588:
    print(17588)
elif x == 17589:
    print(17589)
elif x == 17590:
    print(17590)
elif x == 17591:
    print(17591)
elif x == 17592:
    print(17592)
elif x == 17593:
    print(17593)
elif x == 17594:
    print(17594)
elif x == 17595:
    print(17595)
elif x == 17596:
    print(17596)
elif x == 17597:
    print(17597)
elif x == 17598:
    print(17598)
elif x == 17599:
    print(17599)
elif x == 17600:
    print(17600)
elif x == 17601:
    print(17601)
elif x == 17602:
    print(17602)
elif x == 17603:
    print(17603)
elif x == 17604:
    print(17604)
elif x == 17605:
    print(17605)
elif x == 17606:
    print(17606)
elif x == 17607:
    print(17607)
elif x == 17608:
    print(17608)
elif x == 17609:
    print(17609)
elif x == 17610:
    print(17610)
elif x == 17611:
    print(17611)
elif x == 17612:
    print(17612)
elif x == 17613:
    print(17613)
elif x == 17614:
    print(17614)
elif x == 17615:
    print(17615)
elif x == 17616:
    print(17616)
elif x == 17617:
    print(17617)
elif x == 17618:
    print(17618)
elif x == 17619:
    print(17619)
elif x == 17620:
    print(17620)
elif x == 17621:
    print(17621)
elif x == 17622:
    print(17622)
elif x == 17623:
    print(17623)
elif x == 17624:
    print(17624)
elif x == 17625:
    print(17625)
elif x == 17626:
    print(17626)
elif x == 17627:
    print(17627)
elif x == 17628:
    print(17628)
elif x == 17629:
    print(17629)
elif x == 17630:
    print(17630)
elif x == 17631:
    print(17631)
elif x == 17632:
    print(17632)
elif x == 17633:
    print(17633)
elif x == 17634:
    print(17634)
elif x == 17635:
    print(17635)
elif x == 17636:
    print(17636)
elif x == 17637:
    print(17637)
elif x == 17638:
    print(17638)
elif x == 17639:
    print(17639)
elif x == 17640:
    print(17640)
elif x == 17641:
    print(17641)
elif x == 17642:
    print(17642)
elif x == 17643:
    print(17643)
elif x == 17644:
    print(17644)
elif x == 17645:
    print(17645)
elif x == 17646:
    print(17646)
elif x == 17647:
    print(17647)
elif x == 17648:
    print(17648)
elif x == 17649:
    print(17649)
elif x == 17650:
    print(17650)
elif x == 17651:
    print(17651)
elif x == 17652:
    print(17652)
elif x == 17653:
    print(17653)
elif x == 17654:
    print(17654)
elif x == 17655:
    print(17655)
elif x == 17656:
    print(17656)
elif x == 17657:
    print(17657)
elif x == 17658:
    print(17658)
elif x == 17659:
    print(17659)
elif x == 17660:
    print(17660)
elif x == 17661:
    print(17661)
elif x == 17662:
    print(17662)
elif x == 17663:
    print(17663)
elif x == 17664:
    print(17664)
elif x == 17665:
    print(17665)
elif x == 17666:
    print(17666)
elif x == 17667:
    print(17667)
elif x == 17668:
    print(17668)
elif x == 17669:
    print(17669)
elif x == 17670:
    print(17670)
elif x == 17671:
    print(17671)
elif x == 17672:
    print(17672)
elif x == 17673:
    print(17673)
elif x == 17674:
    print(17674)
elif x == 17675:
    print(17675)
elif x == 17676:
    print(17676)
elif x == 17677:
    print(17677)
elif x == 17678:
    print(17678)
elif x == 17679:
    print(17679)
elif x == 17680:
    print(17680)
elif x == 17681:
    print(17681)
elif x == 17682:
    print(17682)
elif x == 17683:
    print(17683)
elif x == 17684:
    print(17684)
elif x == 17685:
    print(17685)
elif x == 17686:
    print(17686)
elif x == 17687:
    print(17687)
elif x == 17688:
    print(17688)
elif x == 17689:
    print(17689)
elif x == 17690:
    print(17690)
elif x == 17691:
    print(17691)
elif x == 17692:
    print(17692)
elif x == 17693:
    print(17693)
elif x == 17694:
    print(17694)
elif x == 17695:
    print(17695)
elif x == 17696:
    print(17696)
elif x == 17697:
    print(17697)
elif x == 17698:
    print(17698)
elif x == 17699:
    print(17699)
elif x == 17700:
    print(17700)
elif x == 17701:
    print(17701)
elif x == 17702:
    print(17702)
elif x == 17703:
    print(17703)
elif x == 17704:
    print(17704)
elif x == 17705:
    print(17705)
elif x == 17706:
    print(17706)
elif x == 17707:
    print(17707)
elif x == 17708:
    print(17708)
elif x == 17709:
    print(17709)
elif x == 17710:
    print(17710)
elif x == 17711:
    print(17711)
elif x == 17712:
    print(17712)
elif x == 17713:
    print(17713)
elif x == 17714:
    print(17714)
elif x == 17715:
    print(17715)
elif x == 17716:
    print(17716)
elif x == 17717:
    print(17717)
elif x == 17718:
    print(17718)
elif x == 17719:
    print(17719)
elif x == 17720:
    print(17720)
elif x == 17721:
    print(17721)
elif x == 17722:
    print(17722)
elif x == 17723:
    print(17723)
elif x == 17724:
    print(17724)
elif x == 17725:
    print(17725)
elif x == 17726:
    print(17726)
elif x == 17727:
    print(17727)
elif x == 17728:
    print(17728)
elif x == 17729:
    print(17729)
elif x == 17730:
    print(17730)
elif x == 17731:
    print(17731)
elif x == 17732:
    print(17732)
elif x == 17733:
    print(17733)
elif x == 17734:
    print(17734)
elif x == 17735:
    print(17735)
elif x == 17736:
    print(17736)
elif x == 17737:
    print(17737)
elif x == 17738:
    print(17738)
elif x == 17739:
    print(17739)
elif x == 17740:
    print(17740)
elif x == 17741:
    print(17741)
elif x == 17742:
    print(17742)
elif x == 17743:
    print(17743)
elif x == 17744:
    print(17744)
elif x == 17745:
    print(17745)
elif x == 17746:
    print(17746)
elif x == 17747:
    print(17747)
elif x == 17748:
    print(17748)
elif x == 17749:
    print(17749)
elif x == 17750:
    print(17750)
elif x == 17751:
    print(17751)
elif x == 17752:
    print(17752)
elif x == 17753:
    print(17753)
elif x == 17754:
    print(17754)
elif x == 17755:
    print(17755)
elif x == 17756:
    print(17756)
elif x == 17757:
    print(17757)
elif x == 17758:
    print(17758)
elif x == 17759:
    print(17759)
elif x == 17760:
    print(17760)
elif x == 17761:
    print(17761)
elif x == 17762:
    print(17762)
elif x == 17763:
    print(17763)
elif x == 17764:
    print(17764)
elif x == 17765:
    print(17765)
elif x == 17766:
    print(17766)
elif x == 17767:
    print(17767)
elif x == 17768:
    print(17768)
elif x == 17769:
    print(17769)
elif x == 17770:
    print(17770)
elif x == 17771:
    print(17771)
elif x == 17772:
    print(17772)
elif x == 17773:
    print(17773)
elif x == 17774:
    print(17774)
elif x == 17775:
    print(17775)
elif x == 17776:
    print(17776)
elif x == 17777:
    print(17777)
elif x == 17778:
    print(17778)
elif x == 17779:
    print(17779)
elif x == 17780:
    print(17780)
elif x == 17781:
    print(17781)
elif x == 17782:
    print(17782)
elif x == 17783:
    print(17783)
elif x == 17784:
    print(17784)
elif x == 17785:
    print(17785)
elif x == 17786:
    print(17786)
elif x == 17787:
    print(17787)
elif x == 17788:
    print(17788)
elif x == 17789:
    print(17789)
elif x == 17790:
    print(17790)
elif x == 17791:
    print(17791)
elif x == 17792:
    print(17792)
elif x == 17793:
    print(17793)
elif x == 17794:
    print(17794)
elif x == 17795:
    print(17795)
elif x == 17796:
    print(17796)
elif x == 17797:
    print(17797)
elif x == 17798:
    print(17798)
elif x == 17799:
    print(17799)
elif x == 17800:
    print(17800)
elif x == 17801:
    print(17801)
elif x == 17802:
    print(17802)
elif x == 17803:
    print(17803)
elif x == 17804:
    print(17804)
elif x == 17805:
    print(17805)
elif x == 17806:
    print(17806)
elif x == 17807:
    print(17807)
elif x == 17808:
    print(17808)
elif x == 17809:
    print(17809)
elif x == 17810:
    print(17810)
elif x == 17811:
    print(17811)
elif x == 17812:
    print(17812)
elif x == 17813:
    print(17813)
elif x == 17814:
    print(17814)
elif x == 17815:
    print(17815)
elif x == 17816:
    print(17816)
elif x == 17817:
    print(17817)
elif x == 17818:
    print(17818)
elif x == 17819:
    print(17819)
elif x == 17820:
    print(17820)
elif x == 17821:
    print(17821)
elif x == 17822:
    print(17822)
elif x == 17823:
    print(17823)
elif x == 17824:
    print(17824)
elif x == 17825:
    print(17825)
elif x == 17826:
    print(17826)
elif x == 17827:
    print(17827)
elif x == 17828:
    print(17828)
elif x == 17829:
    print(17829)
elif x == 17830:
    print(17830)
elif x == 17831:
    print(17831)
elif x == 17832:
    print(17832)
elif x == 17833:
    print(17833)
elif x == 17834:
    print(17834)
elif x == 17835:
    print(17835)
elif x == 17836:
    print(17836)
elif x == 17837:
    print(17837)
elif x == 17838:
    print(17838)
elif x == 17839:
    print(17839)
elif x == 17840:
    print(17840)
elif x == 17841:
    print(17841)
elif x == 17842:
    print(17842)
elif x == 17843:
    print(17843)
elif x == 17844:
    print(17844)
elif x == 17845:
    print(17845)
elif x == 17846:
    print(17846)
elif x == 17847:
    print(17847)
elif x == 17848:
    print(17848)
elif x == 17849:
    print(17849)
elif x == 17850:
    print(17850)
elif x == 17851:
    print(17851)
elif x == 17852:
    print(17852)
elif x == 17853:
    print(17853)
elif x == 17854:
    print(17854)
elif x == 17855:
    print(17855)
elif x == 17856:
    print(17856)
elif x == 17857:
    print(17857)
elif x == 17858:
    print(17858)
elif x == 17859:
    print(17859)
elif x == 17860:
    print(17860)
elif x == 17861:
    print(17861)
elif x == 17862:
    print(17862)
elif x == 17863:
    print(17863)
elif x == 17864:
    print(17864)
elif x == 17865:
    print(17865)
elif x == 17866:
    print(17866)
elif x == 17867:
    print(17867)
elif x == 17868:
    print(17868)
elif x == 17869:
    print(17869)
elif x == 17870:
    print(17870)
elif x == 17871:
    print(17871)
elif x == 17872:
    print(17872)
elif x == 17873:
    print(17873)
elif x == 17874:
    print(17874)
elif x == 17875:
    print(17875)
elif x == 17876:
    print(17876)
elif x == 17877:
    print(17877)
elif x == 17878:
    print(17878)
elif x == 17879:
    print(17879)
elif x == 17880:
    print(17880)
elif x == 17881:
    print(17881)
elif x == 17882:
    print(17882)
elif x == 17883:
    print(17883)
elif x == 17884:
    print(17884)
elif x == 17885:
    print(17885)
elif x == 17886:
    print(17886)
elif x == 17887:
    print(17887)
elif x == 17888:
    print(17888)
elif x == 17889:
    print(17889)
elif x == 17890:
    print(17890)
elif x == 17891:
    print(17891)
elif x == 17892:
    print(17892)
elif x == 17893:
    print(17893)
elif x == 17894:
    print(17894)
elif x == 17895:
    print(17895)
elif x == 17896:
    print(17896)
elif x == 17897:
    print(17897)
elif x == 17898:
    print(17898)
elif x == 17899:
    print(17899)
elif x == 17900:
    print(17900)
elif x == 17901:
    print(17901)
elif x == 17902:
    print(17902)
elif x == 17903:
    print(17903)
elif x == 17904:
    print(17904)
elif x == 17905:
    print(17905)
elif x == 17906:
    print(17906)
elif x == 17907:
    print(17907)
elif x == 17908:
    print(17908)
elif x == 17909:
    print(17909)
elif x == 17910:
    print(17910)
elif x == 17911:
    print(17911)
elif x == 17912:
    print(17912)
elif x == 17913:
    print(17913)
elif x == 17914:
    print(17914)
elif x == 17915:
    print(17915)
elif x == 17916:
    print(17916)
elif x == 17917:
    print(17917)
elif x == 17918:
    print(17918)
elif x == 17919:
    print(17919)
elif x == 17920:
    print(17920)
elif x == 17921:
    print(17921)
elif x == 17922:
    print(17922)
elif x == 17923:
    print(17923)
elif x == 17924:
    print(17924)
elif x == 17925:
    print(17925)
elif x == 17926:
    print(17926)
elif x == 17927:
    print(17927)
elif x == 17928:
    print(17928)
elif x == 17929:
    print(17929)
elif x == 17930:
    print(17930)
elif x == 17931:
    print(17931)
elif x == 17932:
    print(17932)
elif x == 17933:
    print(17933)
elif x == 17934:
    print(17934)
elif x == 17935:
    print(17935)
elif x == 17936:
    print(17936)
elif x == 17937:
    print(17937)
elif x == 17938:
    print(17938)
elif x == 17939:
    print(17939)
elif x == 17940:
    print(17940)
elif x == 17941:
    print(17941)
elif x == 17942:
    print(17942)
elif x == 17943:
    print(17943)
elif x == 17944:
    print(17944)
elif x == 17945:
    print(17945)
elif x == 17946:
    print(17946)
elif x == 17947:
    print(17947)
elif x == 17948:
    print(17948)
elif x == 17949:
    print(17949)
elif x == 17950:
    print(17950)
elif x == 17951:
    print(17951)
elif x == 17952:
    print(17952)
elif x == 17953:
    print(17953)
elif x == 17954:
    print(17954)
elif x == 17955:
    print(17955)
elif x == 17956:
    print(17956)
elif x == 17957:
    print(17957)
elif x == 17958:
    print(17958)
elif x == 17959:
    print(17959)
elif x == 17960:
    print(17960)
elif x == 17961:
    print(17961)
elif x == 17962:
    print(17962)
elif x == 17963:
    print(17963)
elif x == 17964:
    print(17964)
elif x == 17965:
    print(17965)
elif x == 17966:
    print(17966)
elif x == 17967:
    print(17967)
elif x == 17968:
    print(17968)
elif x == 17969:
    print(17969)
elif x == 17970:
    print(17970)
elif x == 17971:
    print(17971)
elif x == 17972:
    print(17972)
elif x == 17973:
    print(17973)
elif x == 17974:
    print(17974)
elif x == 17975:
    print(17975)
elif x == 17976:
    print(17976)
elif x == 17977:
    print(17977)
elif x == 17978:
    print(17978)
elif x == 17979:
    print(17979)
elif x == 17980:
    print(17980)
elif x == 17981:
    print(17981)
elif x == 17982:
    print(17982)
elif x == 17983:
    print(17983)
elif x == 17984:
    print(17984)
elif x == 17985:
    print(17985)
elif x == 17986:
    print(17986)
elif x == 17987:
    print(17987)
elif x == 17988:
    print(17988)
elif x == 17989:
    print(17989)
elif x == 17990:
    print(17990)
elif x == 17991:
    print(17991)
elif x == 17992:
    print(17992)
elif x == 17993:
    print(17993)
elif x == 17994:
    print(17994)
elif x == 17995:
    print(17995)
elif x == 17996:
    print(17996)
elif x == 17997:
    print(17997)
elif x == 17998:
    print(17998)
elif x == 17999:
    print(17999)
elif x == 18000:
    print(18000)
elif x == 18001:
    print(18001)
elif x == 18002:
    print(18002)
elif x == 18003:
    print(18003)
elif x == 18004:
    print(18004)
elif x == 18005:
    print(18005)
elif x == 18006:
    print(18006)
elif x == 18007:
    print(18007)
elif x == 18008:
    print(18008)
elif x == 18009:
    print(18009)
elif x == 18010:
    print(18010)
elif x == 18011:
    print(18011)
elif x == 18012:
    print(18012)
elif x == 18013:
    print(18013)
elif x == 18014:
    print(18014)
elif x == 18015:
    print(18015)
elif x == 18016:
    print(18016)
elif x == 18017:
    print(18017)
elif x == 18018:
    print(18018)
elif x == 18019:
    print(18019)
elif x == 18020:
    print(18020)
elif x == 18021:
    print(18021)
elif x == 18022:
    print(18022)
elif x == 18023:
    print(18023)
elif x == 18024:
    print(18024)
elif x == 18025:
    print(18025)
elif x == 18026:
    print(18026)
elif x == 18027:
    print(18027)
elif x == 18028:
    print(18028)
elif x == 18029:
    print(18029)
elif x == 18030:
    print(18030)
elif x == 18031:
    print(18031)
elif x == 18032:
    print(18032)
elif x == 18033:
    print(18033)
elif x == 18034:
    print(18034)
elif x == 18035:
    print(18035)
elif x == 18036:
    print(18036)
elif x == 18037:
    print(18037)
elif x == 18038:
    print(18038)
elif x == 18039:
    print(18039)
elif x == 18040:
    print(18040)
elif x == 18041:
    print(18041)
elif x == 18042:
    print(18042)
elif x == 18043:
    print(18043)
elif x == 18044:
    print(18044)
elif x == 18045:
    print(18045)
elif x == 18046:
    print(18046)
elif x == 18047:
    print(18047)
elif x == 18048:
    print(18048)
elif x == 18049:
    print(18049)
elif x == 18050:
    print(18050)
elif x == 18051:
    print(18051)
elif x == 18052:
    print(18052)
elif x == 18053:
    print(18053)
elif x == 18054:
    print(18054)
elif x == 18055:
    print(18055)
elif x == 18056:
    print(18056)
elif x == 18057:
    print(18057)
elif x == 18058:
    print(18058)
elif x == 18059:
    print(18059)
elif x == 18060:
    print(18060)
elif x == 18061:
    print(18061)
elif x == 18062:
    print(18062)
elif x == 18063:
    print(18063)
elif x == 18064:
    print(18064)
elif x == 18065:
    print(18065)
elif x == 18066:
    print(18066)
elif x == 18067:
    print(18067)
elif x == 18068:
    print(18068)
elif x == 18069:
    print(18069)
elif x == 18070:
    print(18070)
elif x == 18071:
    print(18071)
elif x == 18072:
    print(18072)
elif x == 18073:
    print(18073)
elif x == 18074:
    print(18074)
elif x == 18075:
    print(18075)
elif x == 18076:
    print(18076)
elif x == 18077:
    print(18077)
elif x == 18078:
    print(18078)
elif x == 18079:
    print(18079)
elif x == 18080:
    print(18080)
elif x == 18081:
    print(18081)
elif x == 18082:
    print(18082)
elif x == 18083:
    print(18083)
elif x == 18084:
    print(18084)
elif x == 18085:
    print(18085)
elif x == 18086:
    print(18086)
elif x == 18087:
    print(18087)
elif x == 18088:
    print(18088)
elif x == 18089:
    print(18089)
elif x == 18090:
    print(18090)
elif x == 18091:
    print(18091)
elif x == 18092:
    print(18092)
elif x == 18093:
    print(18093)
elif x == 18094:
    print(18094)
elif x == 18095:
    print(18095)
elif x == 18096:
    print(18096)
elif x == 18097:
    print(18097)
elif x == 18098:
    print(18098)
elif x == 18099:
    print(18099)
elif x == 18100:
    print(18100)
elif x == 18101:
    print(18101)
elif x == 18102:
    print(18102)
elif x == 18103:
    print(18103)
elif x == 18104:
    print(18104)
elif x == 18105:
    print(18105)
elif x == 18106:
    print(18106)
elif x == 18107:
    print(18107)
elif x == 18108:
    print(18108)
elif x == 18109:
    print(18109)
elif x == 18110:
    print(18110)
elif x == 18111:
    print(18111)
elif x == 18112:
    print(18112)
elif x == 18113:
    print(18113)
elif x == 18114:
    print(18114)
elif x == 18115:
    print(18115)
elif x == 18116:
    print(18116)
elif x == 18117:
    print(18117)
elif x == 18118:
    print(18118)
elif x == 18119:
    print(18119)
elif x == 18120:
    print(18120)
elif x == 18121:
    print(18121)
elif x == 18122:
    print(18122)
elif x == 18123:
    print(18123)
elif x == 18124:
    print(18124)
elif x == 18125:
    print(18125)
elif x == 18126:
    print(18126)
elif x == 18127:
    print(18127)
elif x == 18128:
    print(18128)
elif x == 18129:
    print(18129)
elif x == 18130:
    print(18130)
elif x == 18131:
    print(18131)
elif x == 18132:
    print(18132)
elif x == 18133:
    print(18133)
elif x == 18134:
    print(18134)
elif x == 18135:
    print(18135)
elif x == 18136:
    print(18136)
elif x == 18137:
    print(18137)
elif x == 18138:
    print(18138)
elif x == 18139:
    print(18139)
elif x == 18140:
    print(18140)
elif x == 18141:
    print(18141)
elif x == 18142:
    print(18142)
elif x == 18143:
    print(18143)
elif x == 18144:
    print(18144)
elif x == 18145:
    print(18145)
elif x == 18146:
    print(18146)
elif x == 18147:
    print(18147)
elif x == 18148:
    print(18148)
elif x == 18149:
    print(18149)
elif x == 18150:
    print(18150)
elif x == 18151:
    print(18151)
elif x == 18152:
    print(18152)
elif x == 18153:
    print(18153)
elif x == 18154:
    print(18154)
elif x == 18155:
    print(18155)
elif x == 18156:
    print(18156)
elif x == 18157:
    print(18157)
elif x == 18158:
    print(18158)
elif x == 18159:
    print(18159)
elif x == 18160:
    print(18160)
elif x == 18161:
    print(18161)
elif x == 18162:
    print(18162)
elif x == 18163:
    print(18163)
elif x == 18164:
    print(18164)
elif x == 18165:
    print(18165)
elif x == 18166:
    print(18166)
elif x == 18167:
    print(18167)
elif x == 18168:
    print(18168)
elif x == 18169:
    print(18169)
elif x == 18170:
    print(18170)
elif x == 18171:
    print(18171)
elif x == 18172:
    print(18172)
elif x == 18173:
    print(18173)
elif x == 18174:
    print(18174)
elif x == 18175:
    print(18175)
elif x == 18176:
    print(18176)
elif x == 18177:
    print(18177)
elif x == 18178:
    print(18178)
elif x == 18179:
    print(18179)
elif x == 18180:
    print(18180)
elif x == 18181:
    print(18181)
elif x == 18182:
    print(18182)
elif x == 18183:
    print(18183)
elif x == 18184:
    print(18184)
elif x == 18185:
    print(18185)
elif x == 18186:
    print(18186)
elif x == 18187:
    print(18187)
elif x == 18188:
    print(18188)
elif x == 18189:
    print(18189)
elif x == 18190:
    print(18190)
elif x == 18191:
    print(18191)
elif x == 18192:
    print(18192)
elif x == 18193:
    print(18193)
elif x == 18194:
    print(18194)
elif x == 18195:
    print(18195)
elif x == 18196:
    print(18196)
elif x == 18197:
    print(18197)
elif x == 18198:
    print(18198)
elif x == 18199:
    print(18199)
elif x == 18200:
    print(18200)
elif x == 18201:
    print(18201)
elif x == 18202:
    print(18202)
elif x == 18203:
    print(18203)
elif x == 18204:
    print(18204)
elif x == 18205:
    print(18205)
elif x == 18206:
    print(18206)
elif x == 18207:
    print(18207)
elif x == 18208:
    print(18208)
elif x == 18209:
    print(18209)
elif x == 18210:
    print(18210)
elif x == 18211:
    print(18211)
elif x == 18212:
    print(18212)
elif x == 18213:
    print(18213)
elif x == 18214:
    print(18214)
elif x == 18215:
    print(18215)
elif x == 18216:
    print(18216)
elif x == 18217:
    print(18217)
elif x == 18218:
    print(18218)
elif x == 18219:
    print(18219)
elif x == 18220:
    print(18220)
elif x == 18221:
    print(18221)
elif x == 18222:
    print(18222)
elif x == 18223:
    print(18223)
elif x == 18224:
    print(18224)
elif x == 18225:
    print(18225)
elif x == 18226:
    print(18226)
elif x == 18227:
    print(18227)
elif x == 18228:
    print(18228)
elif x == 18229:
    print(18229)
elif x == 18230:
    print(18230)
elif x == 18231:
    print(18231)
elif x == 18232:
    print(18232)
elif x == 18233:
    print(18233)
elif x == 18234:
    print(18234)
elif x == 18235:
    print(18235)
elif x == 18236:
    print(18236)
elif x == 18237:
    print(18237)
elif x == 18238:
    print(18238)
elif x == 18239:
    print(18239)
elif x == 18240:
    print(18240)
elif x == 18241:
    print(18241)
elif x == 18242:
    print(18242)
elif x == 18243:
    print(18243)
elif x == 18244:
    print(18244)
elif x == 18245:
    print(18245)
elif x == 18246:
    print(18246)
elif x == 18247:
    print(18247)
elif x == 18248:
    print(18248)
elif x == 18249:
    print(18249)
elif x == 18250:
    print(18250)
elif x == 18251:
    print(18251)
elif x == 18252:
    print(18252)
elif x == 18253:
    print(18253)
elif x == 18254:
    print(18254)
elif x == 18255:
    print(18255)
elif x == 18256:
    print(18256)
elif x == 18257:
    print(18257)
elif x == 18258:
    print(18258)
elif x == 18259:
    print(18259)
elif x == 18260:
    print(18260)
elif x == 18261:
    print(18261)
elif x == 18262:
    print(18262)
elif x == 18263:
    print(18263)
elif x == 18264:
    print(18264)
elif x == 18265:
    print(18265)
elif x == 18266:
    print(18266)
elif x == 18267:
    print(18267)
elif x == 18268:
    print(18268)
elif x == 18269:
    print(18269)
elif x == 18270:
    print(18270)
elif x == 18271:
    print(18271)
elif x == 18272:
    print(18272)
elif x == 18273:
    print(18273)
elif x == 18274:
    print(18274)
elif x == 18275:
    print(18275)
elif x == 18276:
    print(18276)
elif x == 18277:
    print(18277)
elif x == 18278:
    print(18278)
elif x == 18279:
    print(18279)
elif x == 18280:
    print(18280)
elif x == 18281:
    print(18281)
elif x == 18282:
    print(18282)
elif x == 18283:
    print(18283)
elif x == 18284:
    print(18284)
elif x == 18285:
    print(18285)
elif x == 18286:
    print(18286)
elif x == 18287:
    print(18287)
elif x == 18288:
    print(18288)
elif x == 18289:
    print(18289)
elif x == 18290:
    print(18290)
elif x == 18291:
    print(18291)
elif x == 18292:
    print(18292)
elif x == 18293:
    print(18293)
elif x == 18294:
    print(18294)
elif x == 18295:
    print(18295)
elif x == 18296:
    print(18296)
elif x == 18297:
    print(18297)
elif x == 18298:
    print(18298)
elif x == 18299:
    print(18299)
elif x == 18300:
    print(18300)
elif x == 18301:
    print(18301)
elif x == 18302:
    print(18302)
elif x == 18303:
    print(18303)
elif x == 18304:
    print(18304)
elif x == 18305:
    print(18305)
elif x == 18306:
    print(18306)
elif x == 18307:
    print(18307)
elif x == 18308:
    print(18308)
elif x == 18309:
    print(18309)
elif x == 18310:
    print(18310)
elif x == 18311:
    print(18311)
elif x == 18312:
    print(18312)
elif x == 18313:
    print(18313)
elif x == 18314:
    print(18314)
elif x == 18315:
    print(18315)
elif x == 18316:
    print(18316)
elif x == 18317:
    print(18317)
elif x == 18318:
    print(18318)
elif x == 18319:
    print(18319)
elif x == 18320:
    print(18320)
elif x == 18321:
    print(18321)
elif x == 18322:
    print(18322)
elif x == 18323:
    print(18323)
elif x == 18324:
    print(18324)
elif x == 18325:
    print(18325)
elif x == 18326:
    print(18326)
elif x == 18327:
    print(18327)
elif x == 18328:
    print(18328)
elif x == 18329:
    print(18329)
elif x == 18330:
    print(18330)
elif x == 18331:
    print(18331)
elif x == 18332:
    print(18332)
elif x == 18333:
    print(18333)
elif x == 18334:
    print(18334)
elif x == 18335:
    print(18335)
elif x == 18336:
    print(18336)
elif x == 18337:
    print(18337)
elif x == 18338:
    print(18338)
elif x == 18339:
    print(18339)
elif x == 18340:
    print(18340)
elif x == 18341:
    print(18341)
elif x == 18342:
    print(18342)
elif x == 18343:
    print(18343)
elif x == 18344:
    print(18344)
elif x == 18345:
    print(18345)
elif x == 18346:
    print(18346)
elif x == 18347:
    print(18347)
elif x == 18348:
    print(18348)
elif x == 18349:
    print(18349)
elif x == 18350:
    print(18350)
elif x == 18351:
    print(18351)
elif x == 18352:
    print(18352)
elif x == 18353:
    print(18353)
elif x == 18354:
    print(18354)
elif x == 18355:
    print(18355)
elif x == 18356:
    print(18356)
elif x == 18357:
    print(18357)
elif x == 18358:
    print(18358)
elif x == 18359:
    print(18359)
elif x == 18360:
    print(18360)
elif x == 18361:
    print(18361)
elif x == 18362:
    print(18362)
elif x == 18363:
    print(18363)
elif x == 18364:
    print(18364)
elif x == 18365:
    print(18365)
elif x == 18366:
    print(18366)
elif x == 18367:
    print(18367)
elif x == 18368:
    print(18368)
elif x == 18369:
    print(18369)
elif x == 18370:
    print(18370)
elif x == 18371:
    print(18371)
elif x == 18372:
    print(18372)
elif x == 18373:
    print(18373)
elif x == 18374:
    print(18374)
elif x == 18375:
    print(18375)
elif x == 18376:
    print(18376)
elif x == 18377:
    print(18377)
elif x == 18378:
    print(18378)
elif x == 18379:
    print(18379)
elif x == 18380:
    print(18380)
elif x == 18381:
    print(18381)
elif x == 18382:
    print(18382)
elif x == 18383:
    print(18383)
elif x == 18384:
    print(18384)
elif x == 18385:
    print(18385)
elif x == 18386:
    print(18386)
elif x == 18387:
    print(18387)
elif x == 18388:
    print(18388)
elif x == 18389:
    print(18389)
elif x == 18390:
    print(18390)
elif x == 18391:
    print(18391)
elif x == 18392:
    print(18392)
elif x == 18393:
    print(18393)
elif x == 18394:
    print(18394)
elif x == 18395:
    print(18395)
elif x == 18396:
    print(18396)
elif x == 18397:
    print(18397)
elif x == 18398:
    print(18398)
elif x == 18399:
    print(18399)
elif x == 18400:
    print(18400)
elif x == 18401:
    print(18401)
elif x == 18402:
    print(18402)
elif x == 18403:
    print(18403)
elif x == 18404:
    print(18404)
elif x == 18405:
    print(18405)
elif x == 18406:
    print(18406)
elif x == 18407:
    print(18407)
elif x == 18408:
    print(18408)
elif x == 18409:
    print(18409)
elif x == 18410:
    print(18410)
elif x == 18411:
    print(18411)
elif x == 18412:
    print(18412)
elif x == 18413:
    print(18413)
elif x == 18414:
    print(18414)
elif x == 18415:
    print(18415)
elif x == 18416:
    print(18416)
elif x == 18417:
    print(18417)
elif x == 18418:
    print(18418)
elif x == 18419:
    print(18419)
elif x == 18420:
    print(18420)
elif x == 18421:
    print(18421)
elif x == 18422:
    print(18422)
elif x == 18423:
    print(18423)
elif x == 18424:
    print(18424)
elif x == 18425:
    print(18425)
elif x == 18426:
    print(18426)
elif x == 18427:
    print(18427)
elif x == 18428:
    print(18428)
elif x == 18429:
    print(18429)
elif x == 18430:
    print(18430)
elif x == 18431:
    print(18431)
elif x == 18432:
    print(18432)
elif x == 18433:
    print(18433)
elif x == 18434:
    print(18434)
elif x == 18435:
    print(18435)
elif x == 18436:
    print(18436)
elif x == 18437:
    print(18437)
elif x == 18438:
    print(18438)
elif x == 18439:
    print(18439)
elif x == 18440:
    print(18440)
elif x == 18441:
    print(18441)
elif x == 18442:
    print(18442)
elif x == 18443:
    print(18443)
elif x == 18444:
    print(18444)
elif x == 18445:
    print(18445)
elif x == 18446:
    print(18446)
elif x == 18447:
    print(18447)
elif x == 18448:
    print(18448)
elif x == 18449:
    print(18449)
elif x == 18450:
    print(18450)
elif x == 18451:
    print(18451)
elif x == 18452:
    print(18452)
elif x == 18453:
    print(18453)
elif x == 18454:
    print(18454)
elif x == 18455:
    print(18455)
elif x == 18456:
    print(18456)
elif x == 18457:
    print(18457)
elif x == 18458:
    print(18458)
elif x == 18459:
    print(18459)
elif x == 18460:
    print(18460)
elif x == 18461:
    print(18461)
elif x == 18462:
    print(18462)
elif x == 18463:
    print(18463)
elif x == 18464:
    print(18464)
elif x == 18465:
    print(18465)
elif x == 18466:
    print(18466)
elif x == 18467:
    print(18467)
elif x == 18468:
    print(18468)
elif x == 18469:
    print(18469)
elif x == 18470:
    print(18470)
elif x == 18471:
    print(18471)
elif x == 18472:
    print(18472)
elif x == 18473:
    print(18473)
elif x == 18474:
    print(18474)
elif x == 18475:
    print(18475)
elif x == 18476:
    print(18476)
elif x == 18477:
    print(18477)
elif x == 18478:
    print(18478)
elif x == 18479:
    print(18479)
elif x == 18480:
    print(18480)
elif x == 18481:
    print(18481)
elif x == 18482:
    print(18482)
elif x == 18483:
    print(18483)
elif x == 18484:
    print(18484)
elif x == 18485:
    print(18485)
elif x == 18486:
    print(18486)
elif x == 18487:
    print(18487)
elif x == 18488:
    print(18488)
elif x == 18489:
    print(18489)
elif x == 18490:
    print(18490)
elif x == 18491:
    print(18491)
elif x == 18492:
    print(18492)
elif x == 18493:
    print(18493)
elif x == 18494:
    print(18494)
elif x == 18495:
    print(18495)
elif x == 18496:
    print(18496)
elif x == 18497:
    print(18497)
elif x == 18498:
    print(18498)
elif x == 18499:
    print(18499)
elif x == 18500:
    print(18500)
elif x == 18501:
    print(18501)
elif x == 18502:
    print(18502)
elif x == 18503:
    print(18503)
elif x == 18504:
    print(18504)
elif x == 18505:
    print(18505)
elif x == 18506:
    print(18506)
elif x == 18507:
    print(18507)
elif x == 18508:
    print(18508)
elif x == 18509:
    print(18509)
elif x == 18510:
    print(18510)
elif x == 18511:
    print(18511)
elif x == 18512:
    print(18512)
elif x == 18513:
    print(18513)
elif x == 18514:
    print(18514)
elif x == 18515:
    print(18515)
elif x == 18516:
    print(18516)
elif x == 18517:
    print(18517)
elif x == 18518:
    print(18518)
elif x == 18519:
    print(18519)
elif x == 18520:
    print(18520)
elif x == 18521:
    print(18521)
elif x == 18522:
    print(18522)
elif x == 18523:
    print(18523)
elif x == 18524:
    print(18524)
elif x == 18525:
    print(18525)
elif x == 18526:
    print(18526)
elif x == 18527:
    print(18527)
elif x == 18528:
    print(18528)
elif x == 18529:
    print(18529)
elif x == 18530:
    print(18530)
elif x == 18531:
    print(18531)
elif x == 18532:
    print(18532)
elif x == 18533:
    print(18533)
elif x == 18534:
    print(18534)
elif x == 18535:
    print(18535)
elif x == 18536:
    print(18536)
elif x == 18537:
    print(18537)
elif x == 18538:
    print(18538)
elif x == 18539:
    print(18539)
elif x == 18540:
    print(18540)
elif x == 18541:
    print(18541)
elif x == 18542:
    print(18542)
elif x == 18543:
    print(18543)
elif x == 18544:
    print(18544)
elif x == 18545:
    print(18545)
elif x == 18546:
    print(18546)
elif x == 18547:
    print(18547)
elif x == 18548:
    print(18548)
elif x == 18549:
    print(18549)
elif x == 18550:
    print(18550)
elif x == 18551:
    print(18551)
elif x == 18552:
    print(18552)
elif x == 18553:
    print(18553)
elif x == 18554:
    print(18554)
elif x == 18555:
    print(18555)
elif x == 18556:
    print(18556)
elif x == 18557:
    print(18557)
elif x == 18558:
    print(18558)
elif x == 18559:
    print(18559)
elif x == 18560:
    print(18560)
elif x == 18561:
    print(18561)
elif x == 18562:
    print(18562)
elif x == 18563:
    print(18563)
elif x == 18564:
    print(18564)
elif x == 18565:
    print(18565)
elif x == 18566:
    print(18566)
elif x == 18567:
    print(18567)
elif x == 18568:
    print(18568)
elif x == 18569:
    print(18569)
elif x == 18570:
    print(18570)
elif x == 18571:
    print(18571)
elif x == 18572:
    print(18572)
elif x == 18573:
    print(18573)
elif x == 18574:
    print(18574)
elif x == 18575:
    print(18575)
elif x == 18576:
    print(18576)
elif x == 18577:
    print(18577)
elif x == 18578:
    print(18578)
elif x == 18579:
    print(18579)
elif x == 18580:
    print(18580)
elif x == 18581:
    print(18581)
elif x == 18582:
    print(18582)
elif x == 18583:
    print(18583)
elif x == 18584:
    print(18584)
elif x == 18585:
    print(18585)
elif x == 18586:
    print(18586)
elif x == 18587:
    print(18587)
elif x == 18588:
    print(18588)
elif x == 18589:
    print(18589)
elif x == 18590:
    print(18590)
elif x == 18591:
    print(18591)
elif x == 18592:
    print(18592)
elif x == 18593:
    print(18593)
elif x == 18594:
    print(18594)
elif x == 18595:
    print(18595)
elif x == 18596:
    print(18596)
elif x == 18597:
    print(18597)
elif x == 18598:
    print(18598)
elif x == 18599:
    print(18599)
elif x == 18600:
    print(18600)
elif x == 18601:
    print(18601)
elif x == 18602:
    print(18602)
elif x == 18603:
    print(18603)
elif x == 18604:
    print(18604)
elif x == 18605:
    print(18605)
elif x == 18606:
    print(18606)
elif x == 18607:
    print(18607)
elif x == 18608:
    print(18608)
elif x == 18609:
    print(18609)
elif x == 18610:
    print(18610)
elif x == 18611:
    print(18611)
elif x == 18612:
    print(18612)
elif x == 18613:
    print(18613)
elif x == 18614:
    print(18614)
elif x == 18615:
    print(18615)
elif x == 18616:
    print(18616)
elif x == 18617:
    print(18617)
elif x == 18618:
    print(18618)
elif x == 18619:
    print(18619)
elif x == 18620:
    print(18620)
elif x == 18621:
    print(18621)
elif x == 18622:
    print(18622)
elif x == 18623:
    print(18623)
elif x == 18624:
    print(18624)
elif x == 18625:
    print(18625)
elif x == 18626:
    print(18626)
elif x == 18627:
    print(18627)
elif x == 18628:
    print(18628)
elif x == 18629:
    print(18629)
elif x == 18630:
    print(18630)
elif x == 18631:
    print(18631)
elif x == 18632:
    print(18632)
elif x == 18633:
    print(18633)
elif x == 18634:
    print(18634)
elif x == 18635:
    print(18635)
elif x == 18636:
    print(18636)
elif x == 18637:
    print(18637)
elif x == 18638:
    print(18638)
elif x == 18639:
    print(18639)
elif x == 18640:
    print(18640)
elif x == 18641:
    print(18641)
elif x == 18642:
    print(18642)
elif x == 18643:
    print(18643)
elif x == 18644:
    print(18644)
elif x == 18645:
    print(18645)
elif x == 18646:
    print(18646)
elif x == 18647:
    print(18647)
elif x == 18648:
    print(18648)
elif x == 18649:
    print(18649)
elif x == 18650:
    print(18650)
elif x == 18651:
    print(18651)
elif x == 18652:
    print(18652)
elif x == 18653:
    print(18653)
elif x == 18654:
    print(18654)
elif x == 18655:
    print(18655)
elif x == 18656:
    print(18656)
elif x == 18657:
    print(18657)
elif x == 18658:
    print(18658)
elif x == 18659:
    print(18659)
elif x == 18660:
    print(18660)
elif x == 18661:
    print(18661)
elif x == 18662:
    print(18662)
elif x == 18663:
    print(18663)
elif x == 18664:
    print(18664)
elif x == 18665:
    print(18665)
elif x == 18666:
    print(18666)
elif x == 18667:
    print(18667)
elif x == 18668:
    print(18668)
elif x == 18669:
    print(18669)
elif x == 18670:
    print(18670)
elif x == 18671:
    print(18671)
elif x == 18672:
    print(18672)
elif x == 18673:
    print(18673)
elif x == 18674:
    print(18674)
elif x == 18675:
    print(18675)
elif x == 18676:
    print(18676)
elif x == 18677:
    print(18677)
elif x == 18678:
    print(18678)
elif x == 18679:
    print(18679)
elif x == 18680:
    print(18680)
elif x == 18681:
    print(18681)
elif x == 18682:
    print(18682)
elif x == 18683:
    print(18683)
elif x == 18684:
    print(18684)
elif x == 18685:
    print(18685)
elif x == 18686:
    print(18686)
elif x == 18687:
    print(18687)
elif x == 18688:
    print(18688)
elif x == 18689:
    print(18689)
elif x == 18690:
    print(18690)
elif x == 18691:
    print(18691)
elif x == 18692:
    print(18692)
elif x == 18693:
    print(18693)
elif x == 18694:
    print(18694)
elif x == 18695:
    print(18695)
elif x == 18696:
    print(18696)
elif x == 18697:
    print(18697)
elif x == 18698:
    print(18698)
elif x == 18699:
    print(18699)
elif x == 18700:
    print(18700)
elif x == 18701:
    print(18701)
elif x == 18702:
    print(18702)
elif x == 18703:
    print(18703)
elif x == 18704:
    print(18704)
elif x == 18705:
    print(18705)
elif x == 18706:
    print(18706)
elif x == 18707:
    print(18707)
elif x == 18708:
    print(18708)
elif x == 18709:
    print(18709)
elif x == 18710:
    print(18710)
elif x == 18711:
    print(18711)
elif x == 18712:
    print(18712)
elif x == 18713:
    print(18713)
elif x == 18714:
    print(18714)
elif x == 18715:
    print(18715)
elif x == 18716:
    print(18716)
elif x == 18717:
    print(18717)
elif x == 18718:
    print(18718)
elif x == 18719:
    print(18719)
elif x == 18720:
    print(18720)
elif x == 18721:
    print(18721)
elif x == 18722:
    print(18722)
elif x == 18723:
    print(18723)
elif x == 18724:
    print(18724)
elif x == 18725:
    print(18725)
elif x == 18726:
    print(18726)
elif x == 18727:
    print(18727)
elif x == 18728:
    print(18728)
elif x == 18729:
    print(18729)
elif x == 18730:
    print(18730)
elif x == 18731:
    print(18731)
elif x == 18732:
    print(18732)
elif x == 18733:
    print(18733)
elif x == 18734:
    print(18734)
elif x == 18735:
    print(18735)
elif x == 18736:
    print(18736)
elif x == 18737:
    print(18737)
elif x == 18738:
    print(18738)
elif x == 18739:
    print(18739)
elif x == 18740:
    print(18740)
elif x == 18741:
    print(18741)
elif x == 18742:
    print(18742)
elif x == 18743:
    print(18743)
elif x == 18744:
    print(18744)
elif x == 18745:
    print(18745)
elif x == 18746:
    print(18746)
elif x == 18747:
    print(18747)
elif x == 18748:
    print(18748)
elif x == 18749:
    print(18749)
elif x == 18750:
    print(18750)
elif x == 18751:
    print(18751)
elif x == 18752:
    print(18752)
elif x == 18753:
    print(18753)
elif x == 18754:
    print(18754)
elif x == 18755:
    print(18755)
elif x == 18756:
    print(18756)
elif x == 18757:
    print(18757)
elif x == 18758:
    print(18758)
elif x == 18759:
    print(18759)
elif x == 18760:
    print(18760)
elif x == 18761:
    print(18761)
elif x == 18762:
    print(18762)
elif x == 18763:
    print(18763)
elif x == 18764:
    print(18764)
elif x == 18765:
    print(18765)
elif x == 18766:
    print(18766)
elif x == 18767:
    print(18767)
elif x == 18768:
    print(18768)
elif x == 18769:
    print(18769)
elif x == 18770:
    print(18770)
elif x == 18771:
    print(18771)
elif x == 18772:
    print(18772)
elif x == 18773:
    print(18773)
elif x == 18774:
    print(18774)
elif x == 18775:
    print(18775)
elif x == 18776:
    print(18776)
elif x == 18777:
    print(18777)
elif x == 18778:
    print(18778)
elif x == 18779:
    print(18779)
elif x == 18780:
    print(18780)
elif x == 18781:
    print(18781)
elif x == 18782:
    print(18782)
elif x == 18783:
    print(18783)
elif x == 18784:
    print(18784)
elif x == 18785:
    print(18785)
elif x == 18786:
    print(18786)
elif x == 18787:
    print(18787)
elif x == 18788:
    print(18788)
elif x == 18789:
    print(18789)
elif x == 18790:
    print(18790)
elif x == 18791:
    print(18791)
elif x == 18792:
    print(18792)
elif x == 18793:
    print(18793)
elif x == 18794:
    print(18794)
elif x == 18795:
    print(18795)
elif x == 18796:
    print(18796)
elif x == 18797:
    print(18797)
elif x == 18798:
    print(18798)
elif x == 18799:
    print(18799)
elif x == 18800:
    print(18800)
elif x == 18801:
    print(18801)
elif x == 18802:
    print(18802)
elif x == 18803:
    print(18803)
elif x == 18804:
    print(18804)
elif x == 18805:
    print(18805)
elif x == 18806:
    print(18806)
elif x == 18807:
    print(18807)
elif x == 18808:
    print(18808)
elif x == 18809:
    print(18809)
elif x == 18810:
    print(18810)
elif x == 18811:
    print(18811)
elif x == 18812:
    print(18812)
elif x == 18813:
    print(18813)
elif x == 18814:
    print(18814)
elif x == 18815:
    print(18815)
elif x == 18816:
    print(18816)
elif x == 18817:
    print(18817)
elif x == 18818:
    print(18818)
elif x == 18819:
    print(18819)
elif x == 18820:
    print(18820)
elif x == 18821:
    print(18821)
elif x == 18822:
    print(18822)
elif x == 18823:
    print(18823)
elif x == 18824:
    print(18824)
elif x == 18825:
    print(18825)
elif x == 18826:
    print(18826)
elif x == 18827:
    print(18827)
elif x == 18828:
    print(18828)
elif x == 18829:
    print(18829)
elif x == 18830:
    print(18830)
elif x == 18831:
    print(18831)
elif x == 18832:
    print(18832)
elif x == 18833:
    print(18833)
elif x == 18834:
    print(18834)
elif x == 18835:
    print(18835)
elif x == 18836:
    print(18836)
elif x == 18837:
    print(18837)
elif x == 18838:
    print(18838)
elif x == 18839:
    print(18839)
elif x == 18840:
    print(18840)
elif x == 18841:
    print(18841)
elif x == 18842:
    print(18842)
elif x == 18843:
    print(18843)
elif x == 18844:
    print(18844)
elif x == 18845:
    print(18845)
elif x == 18846:
    print(18846)
elif x == 18847:
    print(18847)
elif x == 18848:
    print(18848)
elif x == 18849:
    print(18849)
elif x == 18850:
    print(18850)
elif x == 18851:
    print(18851)
elif x == 18852:
    print(18852)
elif x == 18853:
    print(18853)
elif x == 18854:
    print(18854)
elif x == 18855:
    print(18855)
elif x == 18856:
    print(18856)
elif x == 18857:
    print(18857)
elif x == 18858:
    print(18858)
elif x == 18859:
    print(18859)
elif x == 18860:
    print(18860)
elif x == 18861:
    print(18861)
elif x == 18862:
    print(18862)
elif x == 18863:
    print(18863)
elif x == 18864:
    print(18864)
elif x == 18865:
    print(18865)
elif x == 18866:
    print(18866)
elif x == 18867:
    print(18867)
elif x == 18868:
    print(18868)
elif x == 18869:
    print(18869)
elif x == 18870:
    print(18870)
elif x == 18871:
    print(18871)
elif x == 18872:
    print(18872)
elif x == 18873:
    print(18873)
elif x == 18874:
    print(18874)
elif x == 18875:
    print(18875)
elif x == 18876:
    print(18876)
elif x == 18877:
    print(18877)
elif x == 18878:
    print(18878)
elif x == 18879:
    print(18879)
elif x == 18880:
    print(18880)
elif x == 18881:
    print(18881)
elif x == 18882:
    print(18882)
elif x == 18883:
    print(18883)
elif x == 18884:
    print(18884)
elif x == 18885:
    print(18885)
elif x == 18886:
    print(18886)
elif x == 18887:
    print(18887)
elif x == 18888:
    print(18888)
elif x == 18889:
    print(18889)
elif x == 18890:
    print(18890)
elif x == 18891:
    print(18891)
elif x == 18892:
    print(18892)
elif x == 18893:
    print(18893)
elif x == 18894:
    print(18894)
elif x == 18895:
    print(18895)
elif x == 18896:
    print(18896)
elif x == 18897:
    print(18897)
elif x == 18898:
    print(18898)
elif x == 18899:
    print(18899)
elif x == 18900:
    print(18900)
elif x == 18901:
    print(18901)
elif x == 18902:
    print(18902)
elif x == 18903:
    print(18903)
elif x == 18904:
    print(18904)
elif x == 18905:
    print(18905)
elif x == 18906:
    print(18906)
elif x == 18907:
    print(18907)
elif x == 18908:
    print(18908)
elif x == 18909:
    print(18909)
elif x == 18910:
    print(18910)
elif x == 18911:
    print(18911)
elif x == 18912:
    print(18912)
elif x == 18913:
    print(18913)
elif x == 18914:
    print(18914)
elif x == 18915:
    print(18915)
elif x == 18916:
    print(18916)
elif x == 18917:
    print(18917)
elif x == 18918:
    print(18918)
elif x == 18919:
    print(18919)
elif x == 18920:
    print(18920)
elif x == 18921:
    print(18921)
elif x == 18922:
    print(18922)
elif x == 18923:
    print(18923)
elif x == 18924:
    print(18924)
elif x == 18925:
    print(18925)
elif x == 18926:
    print(18926)
elif x == 18927:
    print(18927)
elif x == 18928:
    print(18928)
elif x == 18929:
    print(18929)
elif x == 18930:
    print(18930)
elif x == 18931:
    print(18931)
elif x == 18932:
    print(18932)
elif x == 18933:
    print(18933)
elif x == 18934:
    print(18934)
elif x == 18935:
    print(18935)
elif x == 18936:
    print(18936)
elif x == 18937:
    print(18937)
elif x == 18938:
    print(18938)
elif x == 18939:
    print(18939)
elif x == 18940:
    print(18940)
elif x == 18941:
    print(18941)
elif x == 18942:
    print(18942)
elif x == 18943:
    print(18943)
elif x == 18944:
    print(18944)
elif x == 18945:
    print(18945)
elif x == 18946:
    print(18946)
elif x == 18947:
    print(18947)
elif x == 18948:
    print(18948)
elif x == 18949:
    print(18949)
elif x == 18950:
    print(18950)
elif x == 18951:
    print(18951)
elif x == 18952:
    print(18952)
elif x == 18953:
    print(18953)
elif x == 18954:
    print(18954)
elif x == 18955:
    print(18955)
elif x == 18956:
    print(18956)
elif x == 18957:
    print(18957)
elif x == 18958:
    print(18958)
elif x == 18959:
    print(18959)
elif x == 18960:
    print(18960)
elif x == 18961:
    print(18961)
elif x == 18962:
    print(18962)
elif x == 18963:
    print(18963)
elif x == 18964:
    print(18964)
elif x == 18965:
    print(18965)
elif x == 18966:
    print(18966)
elif x == 18967:
    print(18967)
elif x == 18968:
    print(18968)
elif x == 18969:
    print(18969)
elif x == 18970:
    print(18970)
elif x == 18971:
    print(18971)
elif x == 18972:
    print(18972)
elif x == 18973:
    print(18973)
elif x == 18974:
    print(18974)
elif x == 18975:
    print(18975)
elif x == 18976:
    print(18976)
elif x == 18977:
    print(18977)
elif x == 18978:
    print(18978)
elif x == 18979:
    print(18979)
elif x == 18980:
    print(18980)
elif x == 18981:
    print(18981)
elif x == 18982:
    print(18982)
elif x == 18983:
    print(18983)
elif x == 18984:
    print(18984)
elif x == 18985:
    print(18985)
elif x == 18986:
    print(18986)
elif x == 18987:
    print(18987)
elif x == 18988:
    print(18988)
elif x == 18989:
    print(18989)
elif x == 18990:
    print(18990)
elif x == 18991:
    print(18991)
elif x == 18992:
    print(18992)
elif x == 18993:
    print(18993)
elif x == 18994:
    print(18994)
elif x == 18995:
    print(18995)
elif x == 18996:
    print(18996)
elif x == 18997:
    print(18997)
elif x == 18998:
    print(18998)
elif x == 18999:
    print(18999)
elif x == 19000:
    print(19000)
elif x == 19001:
    print(19001)
elif x == 19002:
    print(19002)
elif x == 19003:
    print(19003)
elif x == 19004:
    print(19004)
elif x == 19005:
    print(19005)
elif x == 19006:
    print(19006)
elif x == 19007:
    print(19007)
elif x == 19008:
    print(19008)
elif x == 19009:
    print(19009)
elif x == 19010:
    print(19010)
elif x == 19011:
    print(19011)
elif x == 19012:
    print(19012)
elif x == 19013:
    print(19013)
elif x == 19014:
    print(19014)
elif x == 19015:
    print(19015)
elif x == 19016:
    print(19016)
elif x == 19017:
    print(19017)
elif x == 19018:
    print(19018)
elif x == 19019:
    print(19019)
elif x == 19020:
    print(19020)
elif x == 19021:
    print(19021)
elif x == 19022:
    print(19022)
elif x == 19023:
    print(19023)
elif x == 19024:
    print(19024)
elif x == 19025:
    print(19025)
elif x == 19026:
    print(19026)
elif x == 19027:
    print(19027)
elif x == 19028:
    print(19028)
elif x == 19029:
    print(19029)
elif x == 19030:
    print(19030)
elif x == 19031:
    print(19031)
elif x == 19032:
    print(19032)
elif x == 19033:
    print(19033)
elif x == 19034:
    print(19034)
elif x == 19035:
    print(19035)
elif x == 19036:
    print(19036)
elif x == 19037:
    print(19037)
elif x == 19038:
    print(19038)
elif x == 19039:
    print(19039)
elif x == 19040:
    print(19040)
elif x == 19041:
    print(19041)
elif x == 19042:
    print(19042)
elif x == 19043:
    print(19043)
elif x == 19044:
    print(19044)
elif x == 19045:
    print(19045)
elif x == 19046:
    print(19046)
elif x == 19047:
    print(19047)
elif x == 19048:
    print(19048)
elif x == 19049:
    print(19049)
elif x == 19050:
    print(19050)
elif x == 19051:
    print(19051)
elif x == 19052:
    print(19052)
elif x == 19053:
    print(19053)
elif x == 19054:
    print(19054)
elif x == 19055:
    print(19055)
elif x == 19056:
    print(19056)
elif x == 19057:
    print(19057)
elif x == 19058:
    print(19058)
elif x == 19059:
    print(19059)
elif x == 19060:
    print(19060)
elif x == 19061:
    print(19061)
elif x == 19062:
    print(19062)
elif x == 19063:
    print(19063)
elif x == 19064:
    print(19064)
elif x == 19065:
    print(19065)
elif x == 19066:
    print(19066)
elif x == 19067:
    print(19067)
elif x == 19068:
    print(19068)
elif x == 19069:
    print(19069)
elif x == 19070:
    print(19070)
elif x == 19071:
    print(19071)
elif x == 19072:
    print(19072)
elif x == 19073:
    print(19073)
elif x == 19074:
    print(19074)
elif x == 19075:
    print(19075)
elif x == 19076:
    print(19076)
elif x == 19077:
    print(19077)
elif x == 19078:
    print(19078)
elif x == 19079:
    print(19079)
elif x == 19080:
    print(19080)
elif x == 19081:
    print(19081)
elif x == 19082:
    print(19082)
elif x == 19083:
    print(19083)
elif x == 19084:
    print(19084)
elif x == 19085:
    print(19085)
elif x == 19086:
    print(19086)
elif x == 19087:
    print(19087)
elif x == 19088:
    print(19088)
elif x == 19089:
    print(19089)
elif x == 19090:
    print(19090)
elif x == 19091:
    print(19091)
elif x == 19092:
    print(19092)
elif x == 19093:
    print(19093)
elif x == 19094:
    print(19094)
elif x == 19095:
    print(19095)
elif x == 19096:
    print(19096)
elif x == 19097:
    print(19097)
elif x == 19098:
    print(19098)
elif x == 19099:
    print(19099)
elif x == 19100:
    print(19100)
elif x == 19101:
    print(19101)
elif x == 19102:
    print(19102)
elif x == 19103:
    print(19103)
elif x == 19104:
    print(19104)
elif x == 19105:
    print(19105)
elif x == 19106:
    print(19106)
elif x == 19107:
    print(19107)
elif x == 19108:
    print(19108)
elif x == 19109:
    print(19109)
elif x == 19110:
    print(19110)
elif x == 19111:
    print(19111)
elif x == 19112:
    print(19112)
elif x == 19113:
    print(19113)
elif x == 19114:
    print(19114)
elif x == 19115:
    print(19115)
elif x == 19116:
    print(19116)
elif x == 19117:
    print(19117)
elif x == 19118:
    print(19118)
elif x == 19119:
    print(19119)
elif x == 19120:
    print(19120)
elif x == 19121:
    print(19121)
elif x == 19122:
    print(19122)
elif x == 19123:
    print(19123)
elif x == 19124:
    print(19124)
elif x == 19125:
    print(19125)
elif x == 19126:
    print(19126)
elif x == 19127:
    print(19127)
elif x == 19128:
    print(19128)
elif x == 19129:
    print(19129)
elif x == 19130:
    print(19130)
elif x == 19131:
    print(19131)
elif x == 19132:
    print(19132)
elif x == 19133:
    print(19133)
elif x == 19134:
    print(19134)
elif x == 19135:
    print(19135)
elif x == 19136:
    print(19136)
elif x == 19137:
    print(19137)
elif x == 19138:
    print(19138)
elif x == 19139:
    print(19139)
elif x == 19140:
    print(19140)
elif x == 19141:
    print(19141)
elif x == 19142:
    print(19142)
elif x == 19143:
    print(19143)
elif x == 19144:
    print(19144)
elif x == 19145:
    print(19145)
elif x == 19146:
    print(19146)
elif x == 19147:
    print(19147)
elif x == 19148:
    print(19148)
elif x == 19149:
    print(19149)
elif x == 19150:
    print(19150)
elif x == 19151:
    print(19151)
elif x == 19152:
    print(19152)
elif x == 19153:
    print(19153)
elif x == 19154:
    print(19154)
elif x == 19155:
    print(19155)
elif x == 19156:
    print(19156)
elif x == 19157:
    print(19157)
elif x == 19158:
    print(19158)
elif x == 19159:
    print(19159)
elif x == 19160:
    print(19160)
elif x == 19161:
    print(19161)
elif x == 19162:
    print(19162)
elif x == 19163:
    print(19163)
elif x == 19164:
    print(19164)
elif x == 19165:
    print(19165)
elif x == 19166:
    print(19166)
elif x == 19167:
    print(19167)
elif x == 19168:
    print(19168)
elif x == 19169:
    print(19169)
elif x == 19170:
    print(19170)
elif x == 19171:
    print(19171)
elif x == 19172:
    print(19172)
elif x == 19173:
    print(19173)
elif x == 19174:
    print(19174)
elif x == 19175:
    print(19175)
elif x == 19176:
    print(19176)
elif x == 19177:
    print(19177)
elif x == 19178:
    print(19178)
elif x == 19179:
    print(19179)
elif x == 19180:
    print(19180)
elif x == 19181:
    print(19181)
elif x == 19182:
    print(19182)
elif x == 19183:
    print(19183)
elif x == 19184:
    print(19184)
elif x == 19185:
    print(19185)
elif x == 19186:
    print(19186)
elif x == 19187:
    print(19187)
elif x == 19188:
    print(19188)
elif x == 19189:
    print(19189)
elif x == 19190:
    print(19190)
elif x == 19191:
    print(19191)
elif x == 19192:
    print(19192)
elif x == 19193:
    print(19193)
elif x == 19194:
    print(19194)
elif x == 19195:
    print(19195)
elif x == 19196:
    print(19196)
elif x == 19197:
    print(19197)
elif x == 19198:
    print(19198)
elif x == 19199:
    print(19199)
elif x == 19200:
    print(19200)
elif x == 19201:
    print(19201)
elif x == 19202:
    print(19202)
elif x == 19203:
    print(19203)
elif x == 19204:
    print(19204)
elif x == 19205:
    print(19205)
elif x == 19206:
    print(19206)
elif x == 19207:
    print(19207)
elif x == 19208:
    print(19208)
elif x == 19209:
    print(19209)
elif x == 19210:
    print(19210)
elif x == 19211:
    print(19211)
elif x == 19212:
    print(19212)
elif x == 19213:
    print(19213)
elif x == 19214:
    print(19214)
elif x == 19215:
    print(19215)
elif x == 19216:
    print(19216)
elif x == 19217:
    print(19217)
elif x == 19218:
    print(19218)
elif x == 19219:
    print(19219)
elif x == 19220:
    print(19220)
elif x == 19221:
    print(19221)
elif x == 19222:
    print(19222)
elif x == 19223:
    print(19223)
elif x == 19224:
    print(19224)
elif x == 19225:
    print(19225)
elif x == 19226:
    print(19226)
elif x == 19227:
    print(19227)
elif x == 19228:
    print(19228)
elif x == 19229:
    print(19229)
elif x == 19230:
    print(19230)
elif x == 19231:
    print(19231)
elif x == 19232:
    print(19232)
elif x == 19233:
    print(19233)
elif x == 19234:
    print(19234)
elif x == 19235:
    print(19235)
elif x == 19236:
    print(19236)
elif x == 19237:
    print(19237)
elif x == 19238:
    print(19238)
elif x == 19239:
    print(19239)
elif x == 19240:
    print(19240)
elif x == 19241:
    print(19241)
elif x == 19242:
    print(19242)
elif x == 19243:
    print(19243)
elif x == 19244:
    print(19244)
elif x == 19245:
    print(19245)
elif x == 19246:
    print(19246)
elif x == 19247:
    print(19247)
elif x == 19248:
    print(19248)
elif x == 19249:
    print(19249)
elif x == 19250:
    print(19250)
elif x == 19251:
    print(19251)
elif x == 19252:
    print(19252)
elif x == 19253:
    print(19253)
elif x == 19254:
    print(19254)
elif x == 19255:
    print(19255)
elif x == 19256:
    print(19256)
elif x == 19257:
    print(19257)
elif x == 19258:
    print(19258)
elif x == 19259:
    print(19259)
elif x == 19260:
    print(19260)
elif x == 19261:
    print(19261)
elif x == 19262:
    print(19262)
elif x == 19263:
    print(19263)
elif x == 19264:
    print(19264)
elif x == 19265:
    print(19265)
elif x == 19266:
    print(19266)
elif x == 19267:
    print(19267)
elif x == 19268:
    print(19268)
elif x == 19269:
    print(19269)
elif x == 19270:
    print(19270)
elif x == 19271:
    print(19271)
elif x == 19272:
    print(19272)
elif x == 19273:
    print(19273)
elif x == 19274:
    print(19274)
elif x == 19275:
    print(19275)
elif x == 19276:
    print(19276)
elif x == 19277:
    print(19277)
elif x == 19278:
    print(19278)
elif x == 19279:
    print(19279)
elif x == 19280:
    print(19280)
elif x == 19281:
    print(19281)
elif x == 19282:
    print(19282)
elif x == 19283:
    print(19283)
elif x == 19284:
    print(19284)
elif x == 19285:
    print(19285)
elif x == 19286:
    print(19286)
elif x == 19287:
    print(19287)
elif x == 19288:
    print(19288)
elif x == 19289:
    print(19289)
elif x == 19290:
    print(19290)
elif x == 19291:
    print(19291)
elif x == 19292:
    print(19292)
elif x == 19293:
    print(19293)
elif x == 19294:
    print(19294)
elif x == 19295:
    print(19295)
elif x == 19296:
    print(19296)
elif x == 19297:
    print(19297)
elif x == 19298:
    print(19298)
elif x == 19299:
    print(19299)
elif x == 19300:
    print(19300)
elif x == 19301:
    print(19301)
elif x == 19302:
    print(19302)
elif x == 19303:
    print(19303)
elif x == 19304:
    print(19304)
elif x == 19305:
    print(19305)
elif x == 19306:
    print(19306)
elif x == 19307:
    print(19307)
elif x == 19308:
    print(19308)
elif x == 19309:
    print(19309)
elif x == 19310:
    print(19310)
elif x == 19311:
    print(19311)
elif x == 19312:
    print(19312)
elif x == 19313:
    print(19313)
elif x == 19314:
    print(19314)
elif x == 19315:
    print(19315)
elif x == 19316:
    print(19316)
elif x == 19317:
    print(19317)
elif x == 19318:
    print(19318)
elif x == 19319:
    print(19319)
elif x == 19320:
    print(19320)
elif x == 19321:
    print(19321)
elif x == 19322:
    print(19322)
elif x == 19323:
    print(19323)
elif x == 19324:
    print(19324)
elif x == 19325:
    print(19325)
elif x == 19326:
    print(19326)
elif x == 19327:
    print(19327)
elif x == 19328:
    print(19328)
elif x == 19329:
    print(19329)
elif x == 19330:
    print(19330)
elif x == 19331:
    print(19331)
elif x == 19332:
    print(19332)
elif x == 19333:
    print(19333)
elif x == 19334:
    print(19334)
elif x == 19335:
    print(19335)
elif x == 19336:
    print(19336)
elif x == 19337:
    print(19337)
elif x == 19338:
    print(19338)
elif x == 19339:
    print(19339)
elif x == 19340:
    print(19340)
elif x == 19341:
    print(19341)
elif x == 19342:
    print(19342)
elif x == 19343:
    print(19343)
elif x == 19344:
    print(19344)
elif x == 19345:
    print(19345)
elif x == 19346:
    print(19346)
elif x == 19347:
    print(19347)
elif x == 19348:
    print(19348)
elif x == 19349:
    print(19349)
elif x == 19350:
    print(19350)
elif x == 19351:
    print(19351)
elif x == 19352:
    print(19352)
elif x == 19353:
    print(19353)
elif x == 19354:
    print(19354)
elif x == 19355:
    print(19355)
elif x == 19356:
    print(19356)
elif x == 19357:
    print(19357)
elif x == 19358:
    print(19358)
elif x == 19359:
    print(19359)
elif x == 19360:
    print(19360)
elif x == 19361:
    print(19361)
elif x == 19362:
    print(19362)
elif x == 19363:
    print(19363)
elif x == 19364:
    print(19364)
elif x == 19365:
    print(19365)
elif x == 19366:
    print(19366)
elif x == 19367:
    print(19367)
elif x == 19368:
    print(19368)
elif x == 19369:
    print(19369)
elif x == 19370:
    print(19370)
elif x == 19371:
    print(19371)
elif x == 19372:
    print(19372)
elif x == 19373:
    print(19373)
elif x == 19374:
    print(19374)
elif x == 19375:
    print(19375)
elif x == 19376:
    print(19376)
elif x == 19377:
    print(19377)
elif x == 19378:
    print(19378)
elif x == 19379:
    print(19379)
elif x == 19380:
    print(19380)
elif x == 19381:
    print(19381)
elif x == 19382:
    print(19382)
elif x == 19383:
    print(19383)
elif x == 19384:
    print(19384)
elif x == 19385:
    print(19385)
elif x == 19386:
    print(19386)
elif x == 19387:
    print(19387)
elif x == 19388:
    print(19388)
elif x == 19389:
    print(19389)
elif x == 19390:
    print(19390)
elif x == 19391:
    print(19391)
elif x == 19392:
    print(19392)
elif x == 19393:
    print(19393)
elif x == 19394:
    print(19394)
elif x == 19395:
    print(19395)
elif x == 19396:
    print(19396)
elif x == 19397:
    print(19397)
elif x == 19398:
    print(19398)
elif x == 19399:
    print(19399)
elif x == 19400:
    print(19400)
elif x == 19401:
    print(19401)
elif x == 19402:
    print(19402)
elif x == 19403:
    print(19403)
elif x == 19404:
    print(19404)
elif x == 19405:
    print(19405)
elif x == 19406:
    print(19406)
elif x == 19407:
    print(19407)
elif x == 19408:
    print(19408)
elif x == 19409:
    print(19409)
elif x == 19410:
    print(19410)
elif x == 19411:
    print(19411)
elif x == 19412:
    print(19412)
elif x == 19413:
    print(19413)
elif x == 19414:
    print(19414)
elif x == 19415:
    print(19415)
elif x == 19416:
    print(19416)
elif x == 19417:
    print(19417)
elif x == 19418:
    print(19418)
elif x == 19419:
    print(19419)
elif x == 19420:
    print(19420)
elif x == 19421:
    print(19421)
elif x == 19422:
    print(19422)
elif x == 19423:
    print(19423)
elif x == 19424:
    print(19424)
elif x == 19425:
    print(19425)
elif x == 19426:
    print(19426)
elif x == 19427:
    print(19427)
elif x == 19428:
    print(19428)
elif x == 19429:
    print(19429)
elif x == 19430:
    print(19430)
elif x == 19431:
    print(19431)
elif x == 19432:
    print(19432)
elif x == 19433:
    print(19433)
elif x == 19434:
    print(19434)
elif x == 19435:
    print(19435)
elif x == 19436:
    print(19436)
elif x == 19437:
    print(19437)
elif x == 19438:
    print(19438)
elif x == 19439:
    print(19439)
elif x == 19440:
    print(19440)
elif x == 19441:
    print(19441)
elif x == 19442:
    print(19442)
elif x == 19443:
    print(19443)
elif x == 19444:
    print(19444)
elif x == 19445:
    print(19445)
elif x == 19446:
    print(19446)
elif x == 19447:
    print(19447)
elif x == 19448:
    print(19448)
elif x == 19449:
    print(19449)
elif x == 19450:
    print(19450)
elif x == 19451:
    print(19451)
elif x == 19452:
    print(19452)
elif x == 19453:
    print(19453)
elif x == 19454:
    print(19454)
elif x == 19455:
    print(19455)
elif x == 19456:
    print(19456)
elif x == 19457:
    print(19457)
elif x == 19458:
    print(19458)
elif x == 19459:
    print(19459)
elif x == 19460:
    print(19460)
elif x == 19461:
    print(19461)
elif x == 19462:
    print(19462)
elif x == 19463:
    print(19463)
elif x == 19464:
    print(19464)
elif x == 19465:
    print(19465)
elif x == 19466:
    print(19466)
elif x == 19467:
    print(19467)
elif x == 19468:
    print(19468)
elif x == 19469:
    print(19469)
elif x == 19470:
    print(19470)
elif x == 19471:
    print(19471)
elif x == 19472:
    print(19472)
elif x == 19473:
    print(19473)
elif x == 19474:
    print(19474)
elif x == 19475:
    print(19475)
elif x == 19476:
    print(19476)
elif x == 19477:
    print(19477)
elif x == 19478:
    print(19478)
elif x == 19479:
    print(19479)
elif x == 19480:
    print(19480)
elif x == 19481:
    print(19481)
elif x == 19482:
    print(19482)
elif x == 19483:
    print(19483)
elif x == 19484:
    print(19484)
elif x == 19485:
    print(19485)
elif x == 19486:
    print(19486)
elif x == 19487:
    print(19487)
elif x == 19488:
    print(19488)
elif x == 19489:
    print(19489)
elif x == 19490:
    print(19490)
elif x == 19491:
    print(19491)
elif x == 19492:
    print(19492)
elif x == 19493:
    print(19493)
elif x == 19494:
    print(19494)
elif x == 19495:
    print(19495)
elif x == 19496:
    print(19496)
elif x == 19497:
    print(19497)
elif x == 19498:
    print(19498)
elif x == 19499:
    print(19499)
elif x == 19500:
    print(19500)
elif x == 19501:
    print(19501)
elif x == 19502:
    print(19502)
elif x == 19503:
    print(19503)
elif x == 19504:
    print(19504)
elif x == 19505:
    print(19505)
elif x == 19506:
    print(19506)
elif x == 19507:
    print(19507)
elif x == 19508:
    print(19508)
elif x == 19509:
    print(19509)
elif x == 19510:
    print(19510)
elif x == 19511:
    print(19511)
elif x == 19512:
    print(19512)
elif x == 19513:
    print(19513)
elif x == 19514:
    print(19514)
elif x == 19515:
    print(19515)
elif x == 19516:
    print(19516)
elif x == 19517:
    print(19517)
elif x == 19518:
    print(19518)
elif x == 19519:
    print(19519)
elif x == 19520:
    print(19520)
elif x == 19521:
    print(19521)
elif x == 19522:
    print(19522)
elif x == 19523:
    print(19523)
elif x == 19524:
    print(19524)
elif x == 19525:
    print(19525)
elif x == 19526:
    print(19526)
elif x == 19527:
    print(19527)
elif x == 19528:
    print(19528)
elif x == 19529:
    print(19529)
elif x == 19530:
    print(19530)
elif x == 19531:
    print(19531)
elif x == 19532:
    print(19532)
elif x == 19533:
    print(19533)
elif x == 19534:
    print(19534)
elif x == 19535:
    print(19535)
elif x == 19536:
    print(19536)
elif x == 19537:
    print(19537)
elif x == 19538:
    print(19538)
elif x == 19539:
    print(19539)
elif x == 19540:
    print(19540)
elif x == 19541:
    print(19541)
elif x == 19542:
    print(19542)
elif x == 19543:
    print(19543)
elif x == 19544:
    print(19544)
elif x == 19545:
    print(19545)
elif x == 19546:
    print(19546)
elif x == 19547:
    print(19547)
elif x == 19548:
    print(19548)
elif x == 19549:
    print(19549)
elif x == 19550:
    print(19550)
elif x == 19551:
    print(19551)
elif x == 19552:
    print(19552)
elif x == 19553:
    print(19553)
elif x == 19554:
    print(19554)
elif x == 19555:
    print(19555)
elif x == 19556:
    print(19556)
elif x == 19557:
    print(19557)
elif x == 19558:
    print(19558)
elif x == 19559:
    print(19559)
elif x == 19560:
    print(19560)
elif x == 19561:
    print(19561)
elif x == 19562:
    print(19562)
elif x == 19563:
    print(19563)
elif x == 19564:
    print(19564)
elif x == 19565:
    print(19565)
elif x == 19566:
    print(19566)
elif x == 19567:
    print(19567)
elif x == 19568:
    print(19568)
elif x == 19569:
    print(19569)
elif x == 19570:
    print(19570)
elif x == 19571:
    print(19571)
elif x == 19572:
    print(19572)
elif x == 19573:
    print(19573)
elif x == 19574:
    print(19574)
elif x == 19575:
    print(19575)
elif x == 19576:
    print(19576)
elif x == 19577:
    print(19577)
elif x == 19578:
    print(19578)
elif x == 19579:
    print(19579)
elif x == 19580:
    print(19580)
elif x == 19581:
    print(19581)
elif x == 19582:
    print(19582)
elif x == 19583:
    print(19583)
elif x == 19584:
    print(19584)
elif x == 19585:
    print(19585)
elif x == 19586:
    print(19586)
elif x == 19587:
    print(19587)
elif x == 19588:
    print(19588)
elif x == 19589:
    print(19589)
elif x == 19590:
    print(19590)
elif x == 19591:
    print(19591)
elif x == 19592:
    print(19592)
elif x == 19593:
    print(19593)
elif x == 19594:
    print(19594)
elif x == 19595:
    print(19595)
elif x == 19596:
    print(19596)
elif x == 19597:
    print(19597)
elif x == 19598:
    print(19598)
elif x == 19599:
    print(19599)
elif x == 19600:
    print(19600)
elif x == 19601:
    print(19601)
elif x == 19602:
    print(19602)
elif x == 19603:
    print(19603)
elif x == 19604:
    print(19604)
elif x == 19605:
    print(19605)
elif x == 19606:
    print(19606)
elif x == 19607:
    print(19607)
elif x == 19608:
    print(19608)
elif x == 19609:
    print(19609)
elif x == 19610:
    print(19610)
elif x == 19611:
    print(19611)
elif x == 19612:
    print(19612)
elif x == 19613:
    print(19613)
elif x == 19614:
    print(19614)
elif x == 19615:
    print(19615)
elif x == 19616:
    print(19616)
elif x == 19617:
    print(19617)
elif x == 19618:
    print(19618)
elif x == 19619:
    print(19619)
elif x == 19620:
    print(19620)
elif x == 19621:
    print(19621)
elif x == 19622:
    print(19622)
elif x == 19623:
    print(19623)
elif x == 19624:
    print(19624)
elif x == 19625:
    print(19625)
elif x == 19626:
    print(19626)
elif x == 19627:
    print(19627)
elif x == 19628:
    print(19628)
elif x == 19629:
    print(19629)
elif x == 19630:
    print(19630)
elif x == 19631:
    print(19631)
elif x == 19632:
    print(19632)
elif x == 19633:
    print(19633)
elif x == 19634:
    print(19634)
elif x == 19635:
    print(19635)
elif x == 19636:
    print(19636)
elif x == 19637:
    print(19637)
elif x == 19638:
    print(19638)
elif x == 19639:
    print(19639)
elif x == 19640:
    print(19640)
elif x == 19641:
    print(19641)
elif x == 19642:
    print(19642)
elif x == 19643:
    print(19643)
elif x == 19644:
    print(19644)
elif x == 19645:
    print(19645)
elif x == 19646:
    print(19646)
elif x == 19647:
    print(19647)
elif x == 19648:
    print(19648)
elif x == 19649:
    print(19649)
elif x == 19650:
    print(19650)
elif x == 19651:
    print(19651)
elif x == 19652:
    print(19652)
elif x == 19653:
    print(19653)
elif x == 19654:
    print(19654)
elif x == 19655:
    print(19655)
elif x == 19656:
    print(19656)
elif x == 19657:
    print(19657)
elif x == 19658:
    print(19658)
elif x == 19659:
    print(19659)
elif x == 19660:
    print(19660)
elif x == 19661:
    print(19661)
elif x == 19662:
    print(19662)
elif x == 19663:
    print(19663)
elif x == 19664:
    print(19664)
elif x == 19665:
    print(19665)
elif x == 19666:
    print(19666)
elif x == 19667:
    print(19667)
elif x == 19668:
    print(19668)
elif x == 19669:
    print(19669)
elif x == 19670:
    print(19670)
elif x == 19671:
    print(19671)
elif x == 19672:
    print(19672)
elif x == 19673:
    print(19673)
elif x == 19674:
    print(19674)
elif x == 19675:
    print(19675)
elif x == 19676:
    print(19676)
elif x == 19677:
    print(19677)
elif x == 19678:
    print(19678)
elif x == 19679:
    print(19679)
elif x == 19680:
    print(19680)
elif x == 19681:
    print(19681)
elif x == 19682:
    print(19682)
elif x == 19683:
    print(19683)
elif x == 19684:
    print(19684)
elif x == 19685:
    print(19685)
elif x == 19686:
    print(19686)
elif x == 19687:
    print(19687)
elif x == 19688:
    print(19688)
elif x == 19689:
    print(19689)
elif x == 19690:
    print(19690)
elif x == 19691:
    print(19691)
elif x == 19692:
    print(19692)
elif x == 19693:
    print(19693)
elif x == 19694:
    print(19694)
elif x == 19695:
    print(19695)
elif x == 19696:
    print(19696)
elif x == 19697:
    print(19697)
elif x == 19698:
    print(19698)
elif x == 19699:
    print(19699)
elif x == 19700:
    print(19700)
elif x == 19701:
    print(19701)
elif x == 19702:
    print(19702)
elif x == 19703:
    print(19703)
elif x == 19704:
    print(19704)
elif x == 19705:
    print(19705)
elif x == 19706:
    print(19706)
elif x == 19707:
    print(19707)
elif x == 19708:
    print(19708)
elif x == 19709:
    print(19709)
elif x == 19710:
    print(19710)
elif x == 19711:
    print(19711)
elif x == 19712:
    print(19712)
elif x == 19713:
    print(19713)
elif x == 19714:
    print(19714)
elif x == 19715:
    print(19715)
elif x == 19716:
    print(19716)
elif x == 19717:
    print(19717)
elif x == 19718:
    print(19718)
elif x == 19719:
    print(19719)
elif x == 19720:
    print(19720)
elif x == 19721:
    print(19721)
elif x == 19722:
    print(19722)
elif x == 19723:
    print(19723)
elif x == 19724:
    print(19724)
elif x == 19725:
    print(19725)
elif x == 19726:
    print(19726)
elif x == 19727:
    print(19727)
elif x == 19728:
    print(19728)
elif x == 19729:
    print(19729)
elif x == 19730:
    print(19730)
elif x == 19731:
    print(19731)
elif x == 19732:
    print(19732)
elif x == 19733:
    print(19733)
elif x == 19734:
    print(19734)
elif x == 19735:
    print(19735)
elif x == 19736:
    print(19736)
elif x == 19737:
    print(19737)
elif x == 19738:
    print(19738)
elif x == 19739:
    print(19739)
elif x == 19740:
    print(19740)
elif x == 19741:
    print(19741)
elif x == 19742:
    print(19742)
elif x == 19743:
    print(19743)
elif x == 19744:
    print(19744)
elif x == 19745:
    print(19745)
elif x == 19746:
    print(19746)
elif x == 19747:
    print(19747)
elif x == 19748:
    print(19748)
elif x == 19749:
    print(19749)
elif x == 19750:
    print(19750)
elif x == 19751:
    print(19751)
elif x == 19752:
    print(19752)
elif x == 19753:
    print(19753)
elif x == 19754:
    print(19754)
elif x == 19755:
    print(19755)
elif x == 19756:
    print(19756)
elif x == 19757:
    print(19757)
elif x == 19758:
    print(19758)
elif x == 19759:
    print(19759)
elif x == 19760:
    print(19760)
elif x == 19761:
    print(19761)
elif x == 19762:
    print(19762)
elif x == 19763:
    print(19763)
elif x == 19764:
    print(19764)
elif x == 19765:
    print(19765)
elif x == 19766:
    print(19766)
elif x == 19767:
    print(19767)
elif x == 19768:
    print(19768)
elif x == 19769:
    print(19769)
elif x == 19770:
    print(19770)
elif x == 19771:
    print(19771)
elif x == 19772:
    print(19772)
elif x == 19773:
    print(19773)
elif x == 19774:
    print(19774)
elif x == 19775:
    print(19775)
elif x == 19776:
    print(19776)
elif x == 19777:
    print(19777)
elif x == 19778:
    print(19778)
elif x == 19779:
    print(19779)
elif x == 19780:
    print(19780)
elif x == 19781:
    print(19781)
elif x == 19782:
    print(19782)
elif x == 19783:
    print(19783)
elif x == 19784:
    print(19784)
elif x == 19785:
    print(19785)
elif x == 19786:
    print(19786)
elif x == 19787:
    print(19787)
elif x == 19788:
    print(19788)
elif x == 19789:
    print(19789)
elif x == 19790:
    print(19790)
elif x == 19791:
    print(19791)
elif x == 19792:
    print(19792)
elif x == 19793:
    print(19793)
elif x == 19794:
    print(19794)
elif x == 19795:
    print(19795)
elif x == 19796:
    print(19796)
elif x == 19797:
    print(19797)
elif x == 19798:
    print(19798)
elif x == 19799:
    print(19799)
elif x == 19800:
    print(19800)
elif x == 19801:
    print(19801)
elif x == 19802:
    print(19802)
elif x == 19803:
    print(19803)
elif x == 19804:
    print(19804)
elif x == 19805:
    print(19805)
elif x == 19806:
    print(19806)
elif x == 19807:
    print(19807)
elif x == 19808:
    print(19808)
elif x == 19809:
    print(19809)
elif x == 19810:
    print(19810)
elif x == 19811:
    print(19811)
elif x == 19812:
    print(19812)
elif x == 19813:
    print(19813)
elif x == 19814:
    print(19814)
elif x == 19815:
    print(19815)
elif x == 19816:
    print(19816)
elif x == 19817:
    print(19817)
elif x == 19818:
    print(19818)
elif x == 19819:
    print(19819)
elif x == 19820:
    print(19820)
elif x == 19821:
    print(19821)
elif x == 19822:
    print(19822)
elif x == 19823:
    print(19823)
elif x == 19824:
    print(19824)
elif x == 19825:
    print(19825)
elif x == 19826:
    print(19826)
elif x == 19827:
    print(19827)
elif x == 19828:
    print(19828)
elif x == 19829:
    print(19829)
elif x == 19830:
    print(19830)
elif x == 19831:
    print(19831)
elif x == 19832:
    print(19832)
elif x == 19833:
    print(19833)
elif x == 19834:
    print(19834)
elif x == 19835:
    print(19835)
elif x == 19836:
    print(19836)
elif x == 19837:
    print(19837)
elif x == 19838:
    print(19838)
elif x == 19839:
    print(19839)
elif x == 19840:
    print(19840)
elif x == 19841:
    print(19841)
elif x == 19842:
    print(19842)
elif x == 19843:
    print(19843)
elif x == 19844:
    print(19844)
elif x == 19845:
    print(19845)
elif x == 19846:
    print(19846)
elif x == 19847:
    print(19847)
elif x == 19848:
    print(19848)
elif x == 19849:
    print(19849)
elif x == 19850:
    print(19850)
elif x == 19851:
    print(19851)
elif x == 19852:
    print(19852)
elif x == 19853:
    print(19853)
elif x == 19854:
    print(19854)
elif x == 19855:
    print(19855)
elif x == 19856:
    print(19856)
elif x == 19857:
    print(19857)
elif x == 19858:
    print(19858)
elif x == 19859:
    print(19859)
elif x == 19860:
    print(19860)
elif x == 19861:
    print(19861)
elif x == 19862:
    print(19862)
elif x == 19863:
    print(19863)
elif x == 19864:
    print(19864)
elif x == 19865:
    print(19865)
elif x == 19866:
    print(19866)
elif x == 19867:
    print(19867)
elif x == 19868:
    print(19868)
elif x == 19869:
    print(19869)
elif x == 19870:
    print(19870)
elif x == 19871:
    print(19871)
elif x == 19872:
    print(19872)
elif x == 19873:
    print(19873)
elif x == 19874:
    print(19874)
elif x == 19875:
    print(19875)
elif x == 19876:
    print(19876)
elif x == 19877:
    print(19877)
elif x == 19878:
    print(19878)
elif x == 19879:
    print(19879)
elif x == 19880:
    print(19880)
elif x == 19881:
    print(19881)
elif x == 19882:
    print(19882)
elif x == 19883:
    print(19883)
elif x == 19884:
    print(19884)
elif x == 19885:
    print(19885)
elif x == 19886:
    print(19886)
elif x == 19887:
    print(19887)
elif x == 19888:
    print(19888)
elif x == 19889:
    print(19889)
elif x == 19890:
    print(19890)
elif x == 19891:
    print(19891)
elif x == 19892:
    print(19892)
elif x == 19893:
    print(19893)
elif x == 19894:
    print(19894)
elif x == 19895:
    print(19895)
elif x == 19896:
    print(19896)
elif x == 19897:
    print(19897)
elif x == 19898:
    print(19898)
elif x == 19899:
    print(19899)
elif x == 19900:
    print(19900)
elif x == 19901:
    print(19901)
elif x == 19902:
    print(19902)
elif x == 19903:
    print(19903)
elif x == 19904:
    print(19904)
elif x == 19905:
    print(19905)
elif x == 19906:
    print(19906)
elif x == 19907:
    print(19907)
elif x == 19908:
    print(19908)
elif x == 19909:
    print(19909)
elif x == 19910:
    print(19910)
elif x == 19911:
    print(19911)
elif x == 19912:
    print(19912)
elif x == 19913:
    print(19913)
elif x == 19914:
    print(19914)
elif x == 19915:
    print(19915)
elif x == 19916:
    print(19916)
elif x == 19917:
    print(19917)
elif x == 19918:
    print(19918)
elif x == 19919:
    print(19919)
elif x == 19920:
    print(19920)
elif x == 19921:
    print(19921)
elif x == 19922:
    print(19922)
elif x == 19923:
    print(19923)
elif x == 19924:
    print(19924)
elif x == 19925:
    print(19925)
elif x == 19926:
    print(19926)
elif x == 19927:
    print(19927)
elif x == 19928:
    print(19928)
elif x == 19929:
    print(19929)
elif x == 19930:
    print(19930)
elif x == 19931:
    print(19931)
elif x == 19932:
    print(19932)
elif x == 19933:
    print(19933)
elif x == 19934:
    print(19934)
elif x == 19935:
    print(19935)
elif x == 19936:
    print(19936)
elif x == 19937:
    print(19937)
elif x == 19938:
    print(19938)
elif x == 19939:
    print(19939)
elif x == 19940:
    print(19940)
elif x == 19941:
    print(19941)
elif x == 19942:
    print(19942)
elif x == 19943:
    print(19943)
elif x == 19944:
    print(19944)
elif x == 19945:
    print(19945)
elif x == 19946:
    print(19946)
elif x == 19947:
    print(19947)
elif x == 19948:
    print(19948)
elif x == 19949:
    print(19949)
elif x == 19950:
    print(19950)
elif x == 19951:
    print(19951)
elif x == 19952:
    print(19952)
elif x == 19953:
    print(19953)
elif x == 19954:
    print(19954)
elif x == 19955:
    print(19955)
elif x == 19956:
    print(19956)
elif x == 19957:
    print(19957)
elif x == 19958:
    print(19958)
elif x == 19959:
    print(19959)
elif x == 19960:
    print(19960)
elif x == 19961:
    print(19961)
elif x == 19962:
    print(19962)
elif x == 19963:
    print(19963)
elif x == 19964:
    print(19964)
elif x == 19965:
    print(19965)
elif x == 19966:
    print(19966)
elif x == 19967:
    print(19967)
elif x == 19968:
    print(19968)
elif x == 19969:
    print(19969)
elif x == 19970:
    print(19970)
elif x == 19971:
    print(19971)
elif x == 19972:
    print(19972)
elif x == 19973:
    print(19973)
elif x == 19974:
    print(19974)
elif x == 19975:
    print(19975)
elif x == 19976:
    print(19976)
elif x == 19977:
    print(19977)
elif x == 19978:
    print(19978)
elif x == 19979:
    print(19979)
elif x == 19980:
    print(19980)
elif x == 19981:
    print(19981)
elif x == 19982:
    print(19982)
elif x == 19983:
    print(19983)
elif x == 19984:
    print(19984)
elif x == 19985:
    print(19985)
elif x == 19986:
    print(19986)
elif x == 19987:
    print(19987)
elif x == 19988:
    print(19988)
elif x == 19989:
    print(19989)
elif x == 19990:
    print(19990)
elif x == 19991:
    print(19991)
elif x == 19992:
    print(19992)
elif x == 19993:
    print(19993)
elif x == 19994:
    print(19994)
elif x == 19995:
    print(19995)
elif x == 19996:
    print(19996)
elif x == 19997:
    print(19997)
elif x == 19998:
    print(19998)
elif x == 19999:
    print(19999)
