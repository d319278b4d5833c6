// oracle: seed 135, closed, raises at 12: input.size(-1) must be equal to input_size. Expected 3, got 4
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(5, 2);
const outs_0 = [torch.randn(2, 3, 5), torch.randn(2, 3, 5)].map((x) => m_0.forward(x)[0]);

const byName_1 = new Map();
byName_1.set("enc", new nn.LSTM(8, 5));
byName_1.get("enc").forward(torch.randn(2, 2, 8));

const m_2 = new nn.GRU(3, 5);
[torch.randn(2, 3, 3), torch.randn(2, 3, 4)].forEach((x) => m_2.forward(x));
