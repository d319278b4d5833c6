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
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 5))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 5))
last_2 = nn.Linear(2, 2)(out_2[-1])

embed_3 = nn.Embedding(18, 4)
drop_3 = nn.Dropout(0.1)
rnn_3 = nn.GRU(4, 6, batch_first=True)
tokens_3 = torch.randint(0, 18, (4, 6))
emb_3 = drop_3(embed_3(tokens_3))
out_3, h_3 = rnn_3(emb_3)

lstm_4 = nn.LSTM(6, 4)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 6))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 6))
last_4 = nn.Linear(4, 2)(out_4[-1])
