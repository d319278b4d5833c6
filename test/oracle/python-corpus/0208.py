# oracle: seed 208, open, raises RuntimeError at line 8
import random
import torch
from torch import nn

rnn_0 = nn.LSTM(3, 9, 2, True, False, bidirectional=True)
x_0 = torch.randn(4, 2)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(18)

lstm_1 = nn.LSTM(3, 6, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 4, 3))
r_1_0 = torch.stack([h_1[-1], out_1[0]], dim=0)
r_1_1 = torch.split(out_1, 6, dim=2)[0]
r_1_2 = c_1.repeat(1, 1, 2)

cell_2 = nn.GRUCell(3, 3)
xs_2 = torch.randn(5, 2, 3)
h_2 = torch.zeros(2, 3)
outputs_2 = []
for t in range(xs_2.size(0)):
    if t % 2 == 1:
        continue
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
head_2 = nn.Linear(3, 2)(h_2)

lstm_3 = nn.LSTM(6, 4)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 6))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 6))
last_3 = nn.Linear(4, 2)(out_3[-1])

rnn_4 = nn.GRU(6, 3, 1, True, False, bidirectional=False)
x_4 = torch.randn(3, 6)
hx_4 = torch.zeros(1, 3)
out_4, _ = rnn_4(x_4, hx_4)
