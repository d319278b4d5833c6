# oracle: seed 278, closed, raises RuntimeError at line 8
import torch
from torch import nn

rnn_0 = nn.LSTM(8, 5, num_layers=1, batch_first=True)
x_0 = torch.rand([4, 4, 8])
hidden_0 = (torch.randn(2, 4, 5), torch.zeros(1, 4, 5))
out_0, (h_0, _) = rnn_0(x_0, hidden_0)
fc_0 = nn.Linear(5, 4)
logits_0 = fc_0(h_0[-1])

gru_1 = nn.GRU(6, 3)
x_1 = torch.randn(4, 3, 6)
deep_1 = nn.GRU(6, 3, num_layers=1)
if deep_1.num_layers > 1:
    out_1, _ = deep_1(torch.randn(2, 3, 6), torch.zeros(2, 3, 3))
elif 3 == 3:
    out_1, _ = deep_1(torch.randn(2, 3, 6), torch.zeros(1, 3, 3))
else:
    out_1, _ = deep_1(torch.randn(2, 3, 6), torch.zeros(2, 3, 3))

rnn_2 = nn.LSTM(7, 8, 2, batch_first=False, dropout=0.1, bidirectional=True)
x_2 = torch.zeros([3, 4, 7])
batch_2 = x_2.size(1)
h0_2 = torch.zeros(4, batch_2, 8)
c0_2 = torch.zeros(4, batch_2, 8)
out_2, (hn_2, cn_2) = rnn_2(x_2, (h0_2, c0_2))
assert out_2.dim() == 3
