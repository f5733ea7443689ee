class K0: pass
class K1(K0): pass
class K2(K0): pass
class K3(K1, K0): pass
class K4(K3, K1): pass
class K5(K4, K3): pass
class K6(K2): pass
class K7(K6, K5): pass
class K8(K4, K3, K2): pass
class K9(K8, K3): pass
class K10(K9, K6, K3): pass
class K11(K10, K0): pass
class K12(K5, K0): pass
class K13(K4, K2): pass
class K14(K0): pass
class K15(K13, K8): pass
class K16(K7): pass
class K17(K1): pass
class K18(K15): pass
class K19(K13, K9, K6): pass
class K20(K6, K3): pass
class K21(K17, K14): pass
class K22(K19, K17, K9): pass
class K23(K15, K4): pass
class K24(K19): pass
class K25(K22, K9, K5): pass
class K26(K9, K8): pass
class K27(K11, K10): pass
class K28(K25, K17, K9): pass
class K29(K19, K15, K3): pass
class K30(K27, K17): pass
class K31(K22): pass
class K32(K18, K10): pass
class K33(K21, K4): pass
class K34(K19, K18): pass
class K35(K25, K1): pass
class K36(K17): pass
class K37(K21, K16): pass
class K38(K6): pass
class K39(K38): pass
class K40(K36, K13): pass
class K41(K33, K28): pass
class K42(K21): pass
class K43(K39, K13, K0): pass
class K44(K39, K29): pass
class K45(K36, K16): pass
class K46(K36, K21): pass
class K47(K39): pass
class K48(K43, K21, K1): pass
class K49(K42): pass
class K50(K34, K18, K6): pass
class K51(K39, K15, K11): pass
class K52(K46, K23): pass
class K53(K50, K33): pass
class K54(K35, K8): pass
class K55(K47, K8): pass
class K56(K44, K39, K14): pass
class K57(K38, K0): pass
class K58(K46, K44): pass
class K59(K38, K12): pass
class K60(K5): pass
class K61(K58, K3): pass
class K62(K52): pass
class K63(K54): pass
class K64(K7): pass
class K65(K57, K36): pass
class K66(K59, K20): pass
class K67(K43): pass
class K68(K56): pass
class K69(K48, K13): pass
class K70(K58, K17): pass
class K71(K31): pass
class K72(K22, K15): pass
class K73(K51, K33): pass
class K74(K71, K57, K35): pass
class K75(K69, K46): pass
class K76(K56, K53): pass
class K77(K50, K23): pass
class K78(K49, K38, K24): pass
class K79(K35, K28): pass
class K80(K38, K20): pass
class K81(K36): pass
class K82(K76, K68, K46): pass
class K83(K73): pass
class K84(K72, K46): pass
class K85(K60, K29): pass
class K86(K49, K31): pass
class K87(K86, K39): pass
class K88(K54, K46): pass
class K89(K56): pass
class K90(K65, K60): pass
class K91(K78, K42, K36): pass
class K92(K80, K49): pass
class K93(K78): pass
class K94(K41): pass
class K95(K38): pass
class K96(K76, K49, K39): pass
class K97(K80): pass
class K98(K83): pass
class K99(K47, K43, K39): pass
class K100(K74): pass
class K101(K95, K60, K50): pass
class K102(K78): pass
class K103(K83): pass
class K104(K82): pass
class K105(K63): pass
class K106(K85, K84): pass
class K107(K82, K57): pass
class K108(K56, K50): pass
class K109(K65): pass
class K110(K82): pass
class K111(K100): pass
class K112(K109): pass
class K113(K62): pass
class K114(K61): pass
class K115(K79, K60): pass
class K116(K71, K63): pass
class K117(K78, K57): pass
class K118(K58): pass
class K119(K79): pass
class K120(K87, K72): pass
class K121(K74): pass
class K122(K95): pass
class K123(K115, K71): pass
class K124(K114): pass
class K125(K95, K90): pass
class K126(K82): pass
class K127(K95, K76): pass
class K128(K120): pass
class K129(K73): pass
class K130(K122, K96): pass
class K131(K78): pass
class K132(K123, K122): pass
class K133(K109, K97, K90): pass
class K134(K111, K86): pass
class K135(K109): pass
class K136(K116, K89): pass
class K137(K111): pass
class K138(K91): pass
class K139(K116, K108): pass
class K140(K137): pass
class K141(K82): pass
class K142(K112): pass
class K143(K87): pass
class K144(K115): pass
class K145(K139, K116): pass
class K146(K119): pass
class K147(K129): pass
class K148(K109): pass
class K149(K123): pass
class K150(K114): pass
class K151(K112): pass
class K152(K110): pass
class K153(K149, K144): pass
class K154(K146): pass
class K155(K150): pass
class K156(K139, K108): pass
class K157(K151): pass
class K158(K127): pass
class K159(K137, K134): pass
class K160(K105): pass
class K161(K118): pass
class K162(K147, K122, K103): pass
class K163(K120): pass
class K164(K123): pass
class K165(K151, K135): pass
class K166(K111): pass
class K167(K154, K108): pass
class K168(K166): pass
class K169(K139): pass
class K170(K147): pass
class K171(K153, K146, K128): pass
class K172(K168): pass
class K173(K161): pass
class K174(K154): pass
class K175(K129): pass
class K176(K137): pass
class K177(K117): pass
class K178(K168, K146): pass
class K179(K164): pass
class K180(K156, K146): pass
class K181(K151): pass
class K182(K133): pass
class K183(K160, K154): pass
class K184(K129): pass
class K185(K168): pass
class K186(K138): pass
class K187(K174, K160, K144): pass
class K188(K147): pass
class K189(K169): pass
class K190(K171): pass
class K191(K150): pass
class K192(K155): pass
class K193(K153): pass
class K194(K179, K167): pass
class K195(K142): pass
class K196(K184): pass
class K197(K184, K175): pass
class K198(K160, K159): pass
class K199(K155): pass
class K200(K183, K180): pass
class K201(K199): pass
class K202(K180): pass
class K203(K169, K167): pass
class K204(K152): pass
class K205(K203): pass
class K206(K181): pass
class K207(K174): pass
class K208(K188, K184): pass
class K209(K186): pass
class K210(K170): pass
class K211(K175): pass
class K212(K189, K167): pass
class K213(K154): pass
class K214(K213): pass
class K215(K198, K166): pass
class K216(K170): pass
class K217(K194): pass
class K218(K182): pass
class K219(K212): pass
class K220(K217, K183): pass
class K221(K211): pass
class K222(K213): pass
class K223(K195): pass
class K224(K187, K178): pass
class K225(K189): pass
class K226(K224): pass
class K227(K221, K170): pass
class K228(K204): pass
class K229(K186): pass
class K230(K195): pass
class K231(K218): pass
class K232(K177): pass
class K233(K199): pass
class K234(K221): pass
class K235(K186): pass
class K236(K213): pass
class K237(K198): pass
class K238(K225, K222): pass
class K239(K222): pass
class K240(K215, K198): pass
class K241(K232): pass
class K242(K240, K207): pass
class K243(K213, K200): pass
class K244(K239, K207): pass
class K245(K194): pass
class K246(K216): pass
class K247(K191): pass
class K248(K241, K229): pass
class K249(K204): pass
class K250(K197): pass
class K251(K213): pass
class K252(K201): pass
class K253(K225, K203): pass
class K254(K213): pass
class K255(K198): pass
class K256(K239): pass
class K257(K221): pass
class K258(K205): pass
class K259(K244, K214): pass
class K260(K215): pass
class K261(K244, K212): pass
class K262(K261, K213): pass
class K263(K243, K219): pass
class K264(K258): pass
class K265(K247): pass
class K266(K257, K234, K208): pass
class K267(K261): pass
class K268(K239, K220): pass
class K269(K220): pass
class K270(K228): pass
class K271(K245, K220): pass
class K272(K270): pass
class K273(K253): pass
class K274(K263, K256): pass
class K275(K223): pass
class K276(K220): pass
class K277(K275): pass
class K278(K269, K259, K236): pass
class K279(K277): pass
class K280(K268, K245): pass
class K281(K263, K253): pass
class K282(K237): pass
class K283(K250): pass
class K284(K252): pass
class K285(K246): pass
class K286(K234): pass
class K287(K251): pass
class K288(K260): pass
class K289(K288, K240): pass
class K290(K273, K264, K256): pass
class K291(K236): pass
class K292(K263): pass
class K293(K289): pass
class K294(K234): pass
class K295(K251, K242): pass
class K296(K262, K261): pass
class K297(K287, K259): pass
class K298(K243): pass
class K299(K295, K282, K254): pass
class K300(K284, K252): pass
class K301(K267): pass
class K302(K268): pass
class K303(K284): pass
class K304(K287, K256): pass
class K305(K250): pass
class K306(K250): pass
class K307(K292): pass
class K308(K264): pass
class K309(K256): pass
class K310(K266): pass
class K311(K294): pass
class K312(K292, K254): pass
class K313(K259, K253): pass
class K314(K259): pass
class K315(K297, K269): pass
class K316(K296, K267): pass
class K317(K302): pass
class K318(K279): pass
class K319(K291, K269): pass
class K320(K294, K283): pass
class K321(K315, K280): pass
class K322(K285): pass
class K323(K277): pass
class K324(K288): pass
class K325(K313, K291): pass
class K326(K270): pass
class K327(K309): pass
class K328(K317, K271): pass
class K329(K325): pass
class K330(K309, K308): pass
class K331(K330, K329, K313): pass
class K332(K285): pass
class K333(K276): pass
class K334(K307): pass
class K335(K297): pass
class K336(K335): pass
class K337(K319): pass
class K338(K333, K317): pass
class K339(K314, K308): pass
class K340(K335, K292): pass
class K341(K292): pass
class K342(K337, K321): pass
class K343(K322, K285): pass
class K344(K324): pass
class K345(K312): pass
class K346(K311): pass
class K347(K337, K319): pass
class K348(K340, K292): pass
class K349(K340, K314, K291): pass
class K350(K322): pass
class K351(K335): pass
class K352(K334, K312): pass
class K353(K327): pass
class K354(K335): pass
class K355(K354, K302): pass
class K356(K352): pass
class K357(K305): pass
class K358(K340, K308): pass
class K359(K322): pass
class K360(K343): pass
class K361(K327, K302): pass
class K362(K324): pass
class K363(K344, K327): pass
class K364(K353, K341, K316): pass
class K365(K360, K350, K343): pass
class K366(K353): pass
class K367(K354): pass
class K368(K334): pass
class K369(K361, K342): pass
class K370(K366, K329): pass
class K371(K358): pass
class K372(K367, K335, K317): pass
class K373(K349): pass
class K374(K337): pass
class K375(K341, K331): pass
class K376(K352): pass
class K377(K354, K331): pass
class K378(K367): pass
class K379(K322): pass
class K380(K360, K322): pass
class K381(K343): pass
class K382(K371): pass
class K383(K349): pass
class K384(K377): pass
class K385(K353, K347): pass
class K386(K353): pass
class K387(K367, K361, K351): pass
class K388(K380): pass
class K389(K359): pass
class K390(K336): pass
class K391(K384): pass
class K392(K389): pass
class K393(K368, K345): pass
class K394(K342): pass
class K395(K394, K369): pass
class K396(K395, K390): pass
class K397(K372): pass
class K398(K382, K349): pass
class K399(K356, K353): pass
class K400(K372): pass
class K401(K375): pass
class K402(K377, K352): pass
class K403(K359): pass
class K404(K384): pass
class K405(K404, K367): pass
class K406(K402, K366): pass
class K407(K405, K353): pass
class K408(K356, K348): pass
class K409(K405, K404, K376): pass
class K410(K409, K376): pass
class K411(K402): pass
class K412(K378, K369, K353): pass
class K413(K393, K390): pass
class K414(K387): pass
class K415(K407): pass
class K416(K402): pass
class K417(K383, K358): pass
class K418(K372): pass
class K419(K407): pass
class K420(K415, K375): pass
class K421(K399): pass
class K422(K371): pass
class K423(K391, K377): pass
class K424(K417): pass
class K425(K405): pass
class K426(K425, K410): pass
class K427(K398): pass
class K428(K416, K409): pass
class K429(K423, K384): pass
class K430(K429): pass
class K431(K423, K390): pass
class K432(K407, K376): pass
class K433(K430, K409): pass
class K434(K386): pass
class K435(K415, K377): pass
class K436(K434, K401): pass
class K437(K420, K419): pass
class K438(K434): pass
class K439(K406): pass
class K440(K409, K390): pass
class K441(K430, K421): pass
class K442(K413): pass
class K443(K398): pass
class K444(K435, K410, K406): pass
class K445(K441, K404): pass
class K446(K392): pass
class K447(K416): pass
class K448(K446): pass
class K449(K432, K415): pass
class K450(K390): pass
class K451(K404, K401): pass
class K452(K429, K425): pass
class K453(K430): pass
class K454(K449, K444): pass
class K455(K453, K447): pass
class K456(K421, K399): pass
class K457(K450, K443, K422): pass
class K458(K455, K434): pass
class K459(K457): pass
class K460(K406): pass
class K461(K460, K409): pass
class K462(K431, K405): pass
class K463(K452, K433, K426): pass
class K464(K419): pass
class K465(K444, K416): pass
class K466(K432, K419): pass
class K467(K464, K450): pass
class K468(K461): pass
class K469(K450, K416): pass
class K470(K461, K428): pass
class K471(K444, K432, K423): pass
class K472(K455): pass
class K473(K453, K445, K419): pass
class K474(K434): pass
class K475(K451): pass
class K476(K456): pass
class K477(K436): pass
class K478(K443): pass
class K479(K445, K434, K425): pass
class K480(K472): pass
class K481(K448): pass
class K482(K429): pass
class K483(K471, K464): pass
class K484(K480, K439): pass
class K485(K480, K467, K463): pass
class K486(K463): pass
class K487(K438): pass
class K488(K443): pass
class K489(K462, K456): pass
class K490(K487, K486): pass
class K491(K485): pass
class K492(K485, K438): pass
class K493(K486, K482): pass
class K494(K462): pass
class K495(K466, K452): pass
class K496(K490): pass
class K497(K485, K482, K449): pass
class K498(K489): pass
class K499(K454): pass
class K500(K485, K452): pass
class K501(K493): pass
class K502(K472): pass
class K503(K494): pass
class K504(K460): pass
class K505(K503, K493, K470): pass
class K506(K480, K462): pass
class K507(K474, K465): pass
class K508(K491): pass
class K509(K506, K490, K452): pass
class K510(K499, K493, K469): pass
class K511(K499): pass
class K512(K505): pass
class K513(K511): pass
class K514(K491, K482, K458): pass
class K515(K512, K474, K460): pass
class K516(K500): pass
class K517(K459): pass
class K518(K513, K497, K472): pass
class K519(K461): pass
class K520(K510, K507): pass
class K521(K499, K464): pass
class K522(K520): pass
class K523(K496): pass
class K524(K505, K467): pass
class K525(K520): pass
class K526(K470): pass
class K527(K506, K480): pass
class K528(K502, K501, K474): pass
class K529(K487): pass
class K530(K483): pass
class K531(K477, K474): pass
class K532(K478): pass
class K533(K475): pass
class K534(K507): pass
class K535(K484): pass
class K536(K524, K503, K482): pass
class K537(K508, K480): pass
class K538(K502, K487): pass
class K539(K504): pass
class K540(K514, K492, K485): pass
class K541(K521, K504): pass
class K542(K525, K482): pass
class K543(K507): pass
class K544(K515): pass
class K545(K529, K508, K500): pass
class K546(K502, K492): pass
class K547(K498): pass
class K548(K516, K499): pass
class K549(K537, K493): pass
class K550(K496, K493): pass
class K551(K519, K495): pass
class K552(K519, K494): pass
class K553(K494): pass
class K554(K499, K495): pass
class K555(K531): pass
class K556(K527, K499): pass
class K557(K548): pass
class K558(K502): pass
class K559(K542, K541): pass
class K560(K542, K501): pass
class K561(K544): pass
class K562(K516, K508): pass
class K563(K557, K538): pass
class K564(K540, K521): pass
class K565(K522, K513): pass
class K566(K526): pass
class K567(K518): pass
class K568(K553): pass
class K569(K559): pass
class K570(K531): pass
class K571(K555, K531): pass
class K572(K568): pass
class K573(K546, K540): pass
class K574(K519): pass
class K575(K519): pass
class K576(K517): pass
class K577(K532): pass
class K578(K553): pass
class K579(K546, K528): pass
class K580(K569): pass
class K581(K534): pass
class K582(K549): pass
class K583(K562, K553, K541): pass
class K584(K561, K553): pass
class K585(K567): pass
class K586(K579): pass
class K587(K528): pass
class K588(K565, K539): pass
class K589(K534): pass
class K590(K550): pass
class K591(K552): pass
class K592(K569): pass
class K593(K557, K538): pass
class K594(K582): pass
class K595(K593, K549): pass
class K596(K561, K539): pass
class K597(K573): pass
class K598(K580, K560, K541): pass
class K599(K573, K548, K546): pass
class K600(K595): pass
class K601(K560): pass
class K602(K585): pass
class K603(K562, K546): pass
class K604(K560): pass
class K605(K563, K562): pass
class K606(K572, K568): pass
class K607(K596): pass
class K608(K548): pass
class K609(K605): pass
class K610(K592): pass
class K611(K604): pass
class K612(K569): pass
class K613(K557): pass
class K614(K559): pass
class K615(K556): pass
class K616(K591, K568): pass
class K617(K579, K568): pass
class K618(K586, K583): pass
class K619(K560): pass
class K620(K594, K581): pass
class K621(K616): pass
class K622(K603, K579): pass
class K623(K611, K581): pass
class K624(K576): pass
class K625(K585, K581): pass
class K626(K582): pass
class K627(K571): pass
class K628(K605, K582): pass
class K629(K571): pass
class K630(K627): pass
class K631(K621, K616): pass
class K632(K619, K580): pass
class K633(K599): pass
class K634(K629): pass
class K635(K609): pass
class K636(K582): pass
class K637(K614, K581): pass
class K638(K604): pass
class K639(K586): pass
class K640(K625, K606): pass
class K641(K601, K598): pass
class K642(K639, K622): pass
class K643(K586): pass
class K644(K630): pass
class K645(K595): pass
class K646(K596): pass
class K647(K643, K606): pass
class K648(K607): pass
class K649(K644): pass
class K650(K620): pass
class K651(K618): pass
class K652(K635, K608, K600): pass
class K653(K641, K637): pass
class K654(K639): pass
class K655(K622, K613): pass
class K656(K610, K601): pass
class K657(K624): pass
class K658(K629): pass
class K659(K656): pass
class K660(K613, K609): pass
class K661(K604): pass
class K662(K661): pass
class K663(K641): pass
class K664(K662): pass
class K665(K637): pass
class K666(K618): pass
class K667(K660): pass
class K668(K637): pass
class K669(K640): pass
class K670(K622, K617): pass
class K671(K639, K636): pass
class K672(K640): pass
class K673(K648): pass
class K674(K620): pass
class K675(K654, K651): pass
class K676(K659): pass
class K677(K664): pass
class K678(K664, K653, K638): pass
class K679(K660): pass
class K680(K636, K622): pass
class K681(K668): pass
class K682(K658): pass
class K683(K675, K639, K626): pass
class K684(K647): pass
class K685(K666, K654): pass
class K686(K664): pass
class K687(K668): pass
class K688(K670): pass
class K689(K632): pass
class K690(K647): pass
class K691(K640): pass
class K692(K687, K662): pass
class K693(K692, K637): pass
class K694(K688, K636): pass
class K695(K637): pass
class K696(K661): pass
class K697(K651): pass
class K698(K644): pass
class K699(K675): pass
class K700(K659): pass
class K701(K670): pass
class K702(K642): pass
class K703(K687, K659): pass
class K704(K662): pass
class K705(K666): pass
class K706(K691): pass
class K707(K662): pass
class K708(K687, K678, K662): pass
class K709(K708): pass
class K710(K677): pass
class K711(K663): pass
class K712(K696): pass
class K713(K708, K668): pass
class K714(K685): pass
class K715(K687): pass
class K716(K661): pass
class K717(K712, K686): pass
class K718(K677): pass
class K719(K662): pass
class K720(K700, K693): pass
class K721(K677, K664): pass
class K722(K707, K695): pass
class K723(K700): pass
class K724(K717, K693): pass
class K725(K724): pass
class K726(K722): pass
class K727(K687, K678): pass
class K728(K673): pass
class K729(K681): pass
class K730(K711, K677): pass
class K731(K690): pass
class K732(K722): pass
class K733(K689): pass
class K734(K715, K713): pass
class K735(K719, K712): pass
class K736(K691): pass
class K737(K712): pass
class K738(K734, K704): pass
class K739(K703, K686): pass
class K740(K736): pass
class K741(K735, K711): pass
class K742(K690): pass
class K743(K737, K723): pass
class K744(K696, K695): pass
class K745(K726): pass
class K746(K718, K696): pass
class K747(K743, K737, K707): pass
class K748(K743, K717): pass
class K749(K745): pass
class K750(K734): pass
class K751(K747, K710): pass
class K752(K750): pass
class K753(K741): pass
class K754(K751, K700): pass
class K755(K715): pass
class K756(K755, K744): pass
class K757(K741, K737): pass
class K758(K699): pass
class K759(K715, K710): pass
class K760(K737): pass
class K761(K759, K720): pass
class K762(K755, K750, K709): pass
class K763(K726): pass
class K764(K717, K713): pass
class K765(K743): pass
class K766(K762, K729): pass
class K767(K743, K737): pass
class K768(K735, K729): pass
class K769(K712, K709): pass
class K770(K718, K717): pass
class K771(K724, K721): pass
class K772(K755, K725): pass
class K773(K756, K729): pass
class K774(K750, K716): pass
class K775(K770, K732): pass
class K776(K731): pass
class K777(K737, K732, K721): pass
class K778(K767): pass
class K779(K774, K752, K746): pass
class K780(K748): pass
class K781(K734): pass
class K782(K736): pass
class K783(K728): pass
class K784(K777): pass
class K785(K755, K749): pass
class K786(K740): pass
class K787(K774, K734, K729): pass
class K788(K736): pass
class K789(K778): pass
class K790(K781, K779): pass
class K791(K762): pass
class K792(K745): pass
class K793(K765, K746): pass
class K794(K789): pass
class K795(K771): pass
class K796(K777): pass
class K797(K790): pass
class K798(K770): pass
class K799(K763): pass
class K800(K798): pass
class K801(K781, K755): pass
class K802(K760): pass
class K803(K787, K762): pass
class K804(K770): pass
class K805(K757): pass
class K806(K796): pass
class K807(K752): pass
class K808(K792): pass
class K809(K768): pass
class K810(K802, K780): pass
class K811(K804, K752): pass
class K812(K805): pass
class K813(K811): pass
class K814(K789): pass
class K815(K771): pass
class K816(K813): pass
class K817(K766): pass
class K818(K769): pass
class K819(K782): pass
class K820(K801): pass
class K821(K768): pass
class K822(K819): pass
class K823(K780, K770): pass
class K824(K820, K801, K797): pass
class K825(K765): pass
class K826(K794): pass
class K827(K812, K805): pass
class K828(K793): pass
class K829(K807): pass
class K830(K829, K813, K803): pass
class K831(K771): pass
class K832(K803, K800): pass
class K833(K802): pass
class K834(K820): pass
class K835(K833, K778): pass
class K836(K825, K800): pass
class K837(K801): pass
class K838(K781): pass
class K839(K823): pass
class K840(K818): pass
class K841(K795): pass
class K842(K827): pass
class K843(K833, K829, K797): pass
class K844(K842): pass
class K845(K818): pass
class K846(K827): pass
class K847(K837, K797): pass
class K848(K830): pass
class K849(K806): pass
class K850(K849, K806): pass
class K851(K833, K827): pass
class K852(K829): pass
class K853(K836): pass
class K854(K824): pass
class K855(K797): pass
class K856(K799): pass
class K857(K836, K833, K814): pass
class K858(K830, K798): pass
class K859(K813): pass
class K860(K838): pass
class K861(K840): pass
class K862(K815): pass
class K863(K814): pass
class K864(K829, K820): pass
class K865(K809): pass
class K866(K848, K811): pass
class K867(K829): pass
class K868(K826, K823): pass
class K869(K852, K816): pass
class K870(K869, K848): pass
class K871(K859, K848, K845): pass
class K872(K819): pass
class K873(K841, K833): pass
class K874(K860): pass
class K875(K862, K815): pass
class K876(K864, K845): pass
class K877(K875): pass
class K878(K868): pass
class K879(K864, K859): pass
class K880(K831): pass
class K881(K874, K866): pass
class K882(K878): pass
class K883(K872): pass
class K884(K835): pass
class K885(K884): pass
class K886(K874, K832): pass
class K887(K834): pass
class K888(K830): pass
class K889(K861, K840): pass
class K890(K841): pass
class K891(K871, K840): pass
class K892(K852): pass
class K893(K866, K840, K838): pass
class K894(K883): pass
class K895(K836): pass
class K896(K845): pass
class K897(K866): pass
class K898(K892): pass
class K899(K861): pass
class K900(K875): pass
class K901(K848): pass
class K902(K869): pass
class K903(K889, K876): pass
class K904(K902, K858): pass
class K905(K864): pass
class K906(K847): pass
class K907(K854): pass
class K908(K906): pass
class K909(K885): pass
class K910(K889): pass
class K911(K907, K855): pass
class K912(K876): pass
class K913(K912, K910, K898): pass
class K914(K910, K896): pass
class K915(K870): pass
class K916(K914): pass
class K917(K914, K913): pass
class K918(K886): pass
class K919(K881): pass
class K920(K915, K898): pass
class K921(K904, K881): pass
class K922(K880): pass
class K923(K897, K889): pass
class K924(K899, K864): pass
class K925(K916, K867): pass
class K926(K905, K869): pass
class K927(K889, K887): pass
class K928(K874, K870): pass
class K929(K880): pass
class K930(K907): pass
class K931(K902): pass
class K932(K901, K899): pass
class K933(K929, K922): pass
class K934(K902): pass
class K935(K916, K876): pass
class K936(K920, K889): pass
class K937(K888): pass
class K938(K936): pass
class K939(K889): pass
class K940(K910, K899): pass
class K941(K925, K887): pass
class K942(K916, K902): pass
class K943(K891): pass
class K944(K910): pass
class K945(K932, K889): pass
class K946(K939, K924): pass
class K947(K898): pass
class K948(K902, K889): pass
class K949(K925, K910): pass
class K950(K907): pass
class K951(K919, K904): pass
class K952(K940, K938): pass
class K953(K940, K936): pass
class K954(K923): pass
class K955(K936): pass
class K956(K932, K899): pass
class K957(K910, K899): pass
class K958(K944, K905): pass
class K959(K947, K939, K899): pass
class K960(K955, K914): pass
class K961(K937): pass
class K962(K960, K934): pass
class K963(K944): pass
class K964(K939, K919): pass
class K965(K927): pass
class K966(K940): pass
class K967(K953, K952): pass
class K968(K920): pass
class K969(K963, K955): pass
class K970(K933): pass
class K971(K960, K932): pass
class K972(K929): pass
class K973(K966): pass
class K974(K963, K924): pass
class K975(K955): pass
class K976(K964, K934): pass
class K977(K975, K971, K920): pass
class K978(K926): pass
class K979(K973, K944): pass
class K980(K968, K948): pass
class K981(K942): pass
class K982(K948): pass
class K983(K961): pass
class K984(K926): pass
class K985(K959): pass
class K986(K927): pass
class K987(K961): pass
class K988(K952, K931): pass
class K989(K957): pass
class K990(K947, K934): pass
class K991(K987, K939): pass
class K992(K989, K935): pass
class K993(K979, K973): pass
class K994(K967, K957, K936): pass
class K995(K993, K989, K947): pass
class K996(K991, K975): pass
class K997(K949, K940): pass
class K998(K995): pass
class K999(K995, K979): pass
print(len(K999.__mro__))
print(" ".join(c.__name__ for c in K999.__mro__))
