# oracle: seed 38, open, raises RuntimeError at line 28
import random
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM

rnn_0 = LSTM(4, 8, 1, batch_first=True)
x_0 = torch.ones(1, 4, 4)
out_0, (h_0, c_0) = rnn_0(x_0)
n_0 = out_0.size(1) * out_0.dim()

cell_1 = GRUCell(input_size=7, hidden_size=7)
h_1 = torch.zeros(2, 7)
t_1 = 0
while t_1 < 3:
    h_1 = cell_1(torch.randn(2, 7), h_1)
    t_1 += 1

gru_2 = GRU(5, 5)
x_2 = torch.randn(3, 5)
if x_2.size(-1) == 5:
    out_2, _ = gru_2(x_2)
else:
    out_2, _ = gru_2(torch.randn(2, 2, 6))

lstm_3 = LSTM(3, 6, 2)
out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 3))
r_3_0 = out_3.transpose(0, 1).view(3, -1)
r_3_1 = len(out_3)
r_3_2 = out_3.permute(1, 0)
a_3, b_3 = out_3.chunk(2, dim=0)

lstm_4 = LSTM(8, 4)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 8))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 8))
last_4 = nn.Linear(4, 2)(out_4[-1])
