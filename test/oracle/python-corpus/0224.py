# oracle: seed 224, open, raises RuntimeError at line 15
import random
import torch
import torch.nn as nn

cell_0 = nn.GRUCell(input_size=6, hidden_size=5)
h_0 = torch.zeros(2, 5)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(2, 6), h_0)
    t_0 += 1

lstm_1 = nn.LSTM(2, 3)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 1))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 2))
last_1 = nn.Linear(3, 2)(out_1[-1])
