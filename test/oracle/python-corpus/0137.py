# oracle: seed 137, open, runs cleanly
import random
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM, RNN

layer_0 = GRU(3, 6, dropout=0)

cell_1 = GRUCell(input_size=4, hidden_size=2)
h_1 = torch.zeros(2)
t_1 = 0
while t_1 < 0:
    h_1 = cell_1(torch.randn(4), h_1)
    t_1 += 1

embed_2 = nn.Embedding(13, 8, padding_idx=0)
drop_2 = nn.Dropout(0.3)
rnn_2 = GRU(8, 7, batch_first=True)
tokens_2 = torch.randint(0, 13, (1, 6))
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)
scores_2 = nn.Linear(7, 13)(out_2)

rnn_3 = LSTM(input_size=8, hidden_size=3, num_layers=1, batch_first=False)
x_3 = torch.randn(2, 8)
out_3, _ = rnn_3(x_3)
y_3 = out_3[-1].view(3)

lstm_4 = LSTM(7, 3)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 7))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 7))
last_4 = nn.Linear(3, 2)(out_4[-1])
