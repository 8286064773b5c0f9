// Document expansion for retrieval: for each article section, the words people use when they ask
// what it answers (authored for Glassbox from the sections' content, both languages). Indexed as
// one extra passage per section and language, so "what is deep learning used for" finds the
// applications sections although the article says "applied in fields".

export const SECTION_KEYWORDS: Record<string, { en: string; zh: string }> = {
  '1': { en: 'background history introduction why important rise success artificial intelligence paradigm overview motivation', zh: '背景 历史 简介 为什么重要 兴起 成功 人工智能 发展 意义 动机 概述' },
  '2': { en: 'core concepts basics relationship connections neuron perceptron backpropagation weights biases diagram flowchart how related', zh: '核心概念 基础 基本概念 联系 关系 神经元 感知机 反向传播 权重 偏置 流程图' },
  '3.1': { en: 'principle how it works layers input hidden output forward propagation backward propagation update overview architecture', zh: '原理 怎么工作 工作原理 输入层 隐藏层 输出层 前向传播 反向传播 更新 概述 结构' },
  '3.2': { en: 'steps procedure workflow pipeline preprocessing normalization build network train iterate loop stages how to train', zh: '步骤 流程 过程 预处理 归一化 标准化 构建网络 训练 迭代 怎么训练' },
  '3.3': { en: 'advantages disadvantages pros cons strengths weaknesses limitations drawbacks bad at problems benefits downsides', zh: '优点 缺点 优势 劣势 局限 不足 弊端 短板 好处 坏处' },
  '3.4': { en: 'applications application areas uses used for use cases what can it do fields domains vision language speech', zh: '应用 应用领域 用途 用来做 能做什么 用在哪 领域 视觉 语言 语音' },
  '4.1': { en: 'mathematical model math formulation loss function definition input dimension hidden layers output layer cross entropy mse', zh: '数学模型 数学 公式 建模 损失函数 定义 输入维度 隐藏层 输出层 交叉熵 均方误差' },
  '4.2': { en: 'derivation formulas equations backpropagation math gradient chain rule partial derivative update rule gradient descent learning rate', zh: '推导 公式 方程 反向传播 数学 梯度 链式法则 偏导数 更新规则 梯度下降 学习率' },
  '4.3': { en: 'worked example case study calculation numbers small network 10 inputs 5 hidden 3 outputs sigmoid mse example computation', zh: '例子 案例 举例 计算 算例 小网络 10个输入 5个隐藏 3个输出 sigmoid 均方误差 示例' },
  '5.1': { en: 'setup install installation environment python tensorflow pip requirements prerequisites getting started', zh: '搭建 安装 环境 环境配置 python tensorflow pip 准备 入门 依赖' },
  '5.2': { en: 'source code implementation program keras sequential conv2d maxpooling dense layers compile fit train mnist example code architecture', zh: '源代码 代码 实现 程序 keras sequential 卷积层 池化层 全连接层 编译 训练 mnist 示例代码 网络结构' },
  '5.3': { en: 'code explanation walkthrough analysis what the code does compile optimizer loss metrics load data mnist fit evaluate', zh: '代码解读 代码解释 代码分析 每一部分 编译 优化器 损失 指标 加载数据 训练 评估' },
  '5.4': { en: 'results output accuracy test accuracy performance evaluation how well 97 percent score', zh: '结果 运行结果 输出 准确率 测试准确率 性能 评估 效果 表现' },
  '6': { en: 'real world practical applications scenarios examples industry face recognition object detection image generation gan machine translation chatbot speech', zh: '实际应用 应用场景 现实 例子 行业 人脸识别 目标检测 图像生成 机器翻译 聊天机器人 语音' },
  '7': { en: 'tools resources books courses frameworks libraries recommend learning materials tensorflow pytorch keras papers where to learn', zh: '工具 资源 书籍 教材 入门书 书单 看什么书 课程 框架 库 推荐 学习资料 论文 去哪学' },
  '8': { en: 'summary conclusion future trends challenges wrap up outlook takeaways', zh: '总结 结论 未来 趋势 挑战 展望 要点' },
  '8.1': { en: 'research results achievements progress karpathy findings contributions', zh: '研究成果 成果 进展 成就 karpathy 发现 贡献' },
  '8.2': { en: 'future trends directions next model compression interpretability cross modal multimodal efficiency where heading', zh: '未来趋势 发展方向 未来 模型压缩 可解释性 跨模态 多模态 效率 发展' },
  '8.3': { en: 'challenges open problems difficulties issues limitations interpretability computing resources data privacy bias', zh: '挑战 难题 困难 问题 局限 可解释性 计算资源 数据隐私 偏差' },
  '8.4': { en: 'research outlook future research next steps expectations breakthroughs security efficiency', zh: '研究展望 未来研究 下一步 期待 突破 安全 效率' },
  '9.1': { en: 'definition what is deep learning meaning define', zh: '定义 什么是深度学习 含义 意思' },
  '9.2': { en: 'common algorithms types architectures kinds of networks cnn rnn transformer list', zh: '常见算法 算法类型 网络结构 种类 卷积神经网络 循环神经网络 transformer 有哪些' },
  '9.3': { en: 'fields domains areas industries where used applied recommender systems', zh: '领域 行业 应用在哪 推荐系统' },
  '9.4': { en: 'build simple model first model how to create make start steps define compile train evaluate beginner', zh: '搭建 简单模型 第一个模型 怎么做 创建 入门 步骤 定义 编译 训练 评估' },
  '9.5': { en: 'interpretability explainability explain understand model transparent visualization black box why prediction', zh: '可解释性 解释 理解模型 透明 可视化 黑盒 为什么预测' },
  '9.6': { en: 'training slow long time speed up faster accelerate gpu reduce training time', zh: '训练慢 时间长 加速 加快 提速 gpu 缩短训练时间' },
  '9.7': { en: 'overfitting overfit prevent avoid memorize generalization regularization early stopping validation', zh: '过拟合 防止 避免 死记硬背 泛化 正则化 提前停止 验证集' },
  '9.8': { en: 'dataset size small data large data little data few samples different sizes scale', zh: '数据集大小 小数据 大数据 数据少 样本少 规模 不同规模' },
};
