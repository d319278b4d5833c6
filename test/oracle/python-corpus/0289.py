# oracle: seed 289, open, runs cleanly
import random
import torch
import torch.nn as nn

gru_0 = nn.GRU(3, 5)
x_0 = torch.randn(4, 3, 3)
cell_0 = nn.GRUCell(3, 5)
if x_0.dim() == 3:
    out_0, _ = gru_0(x_0)
else:
    out_0 = cell_0(x_0)

cell_1 = nn.GRUCell(input_size=3, hidden_size=7)
h_1 = torch.zeros(2, 7)
t_1 = 0
while t_1 < 3:
    h_1 = cell_1(torch.randn(2, 3), h_1)
    t_1 += 1

lstm_2 = nn.LSTM(5, 2)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 4))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 5))
last_2 = nn.Linear(2, 2)(out_2[-1])
