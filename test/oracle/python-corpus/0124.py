# oracle: seed 124, open, raises RuntimeError at line 15
import random
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

gru_0 = GRU(6, 5)
x_0 = torch.randn(3, 6)
deep_0 = GRU(6, 5, num_layers=1)
if deep_0.num_layers > 1:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(2, 3, 5))
elif 2 == 3:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(1, 3, 5))
else:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(2, 3, 5))

gru_1 = GRU(4, 2)
x_1 = torch.randn(3, 4)
if x_1.size(-1) == 4:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 5))

lstm_2 = LSTM(4, 2)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 4))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 4))
last_2 = nn.Linear(2, 2)(out_2[-1])
