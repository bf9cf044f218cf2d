import type { CompanyDetails } from '../domain/company.ts';

// The demo's companies (their ships are in src/demo/fleet.ts): invented, with names whose simplified and
// traditional forms differ, and identifiers that pass the registry's check rules.

export type DemoCompany = Omit<CompanyDetails, never> & { key: string };

const dpa = (name: string, phone: string, email: string) => ({ name, phone, mobile: null, email });

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: 'harbour-wing',
    homeAgency: 'HK',
    nameZh: '港澳飛翼船務有限公司',
    nameEn: 'Harbour Wing Jetfoil Company Limited',
    addressZh: '香港上環干諾道中200號信德中心西座12樓',
    addressEn: '12/F West Tower, Shun Tak Centre, 200 Connaught Road Central, Sheung Wan, Hong Kong',
    imoCompanyNumber: '5812343',
    emergencyPhone: '+852 2859 3111',
    emergencyPhoneAlt: '+852 9123 4567',
    designatedPerson: dpa('陳志明 Chan Chi-ming', '+852 2859 3100', 'dpa@harbourwing.example'),
    emergencyTeam: { name: 'Fleet Operations Centre', phone: '+852 2859 3120', email: 'ops@harbourwing.example' },
    mediaContact: { name: 'Corporate Communications', phone: '+852 2859 3200', email: 'press@harbourwing.example' },
  },
  {
    key: 'pearl-bay',
    homeAgency: 'HK',
    nameZh: '珠江灣快線有限公司',
    nameEn: 'Pearl Bay Express Limited',
    addressZh: '香港九龍尖沙咀廣東道33號中港城第一座8樓',
    addressEn: '8/F Tower 1, China Hong Kong City, 33 Canton Road, Tsim Sha Tsui, Kowloon',
    imoCompanyNumber: '6021175',
    emergencyPhone: '+852 2736 1000',
    emergencyPhoneAlt: '+852 6234 5678',
    designatedPerson: dpa('黃麗華 Wong Lai-wah', '+852 2736 1010', 'dpa@pearlbay.example'),
    emergencyTeam: { name: 'Emergency Response Room', phone: '+852 2736 1020', email: null },
    mediaContact: { name: 'Public Affairs', phone: '+852 2736 1030', email: 'media@pearlbay.example' },
  },
  {
    key: 'ho-kong',
    homeAgency: 'MO',
    nameZh: '濠江高速客輪有限公司',
    nameEn: 'Ho Kong High Speed Ferries Limited',
    addressZh: '澳門外港客運碼頭三樓',
    addressEn: '3/F Outer Harbour Ferry Terminal, Macao',
    imoCompanyNumber: '4177609',
    emergencyPhone: '+853 2855 0001',
    emergencyPhoneAlt: '+853 6612 3456',
    designatedPerson: dpa('梁家輝 Leong Ka Fai', '+853 2855 0010', 'dpa@hokong.example'),
    emergencyTeam: { name: 'Operations Control', phone: '+853 2855 0020', email: 'control@hokong.example' },
    mediaContact: null,
  },
  {
    key: 'yuehaitong',
    homeAgency: 'GD',
    nameZh: '粤海通客运有限公司',
    nameEn: 'Yuehaitong Passenger Shipping Co., Ltd.',
    addressZh: '深圳市南山区蛇口望海路1号',
    addressEn: '1 Wanghai Road, Shekou, Nanshan District, Shenzhen',
    imoCompanyNumber: '5388021',
    emergencyPhone: '+86 755 2669 1000',
    emergencyPhoneAlt: '+86 138 0000 1234',
    designatedPerson: dpa('邓颖 Deng Ying', '+86 755 2669 1010', 'dpa@yuehaitong.example'),
    emergencyTeam: { name: '应急指挥中心 Emergency Command Centre', phone: '+86 755 2669 1020', email: null },
    mediaContact: { name: '宣传部 Publicity Office', phone: '+86 755 2669 1030', email: null },
  },
  {
    key: 'zzj',
    homeAgency: 'GD',
    nameZh: '珠中江客运联营有限公司',
    nameEn: 'Zhu-Zhong-Jiang Passenger Lines Co., Ltd.',
    addressZh: '广东省中山市火炬开发区中山港大道88号',
    addressEn: '88 Zhongshangang Avenue, Torch Development Zone, Zhongshan, Guangdong',
    imoCompanyNumber: null,
    emergencyPhone: '+86 760 8559 6000',
    emergencyPhoneAlt: null,
    designatedPerson: dpa('张敏 Zhang Min', '+86 760 8559 6010', 'dpa@zzjlines.example'),
    emergencyTeam: { name: '调度室 Dispatch Room', phone: '+86 760 8559 6020', email: null },
    mediaContact: null,
  },
];
