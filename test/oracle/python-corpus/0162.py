# oracle: seed 162, open, runs cleanly
import random
import torch
import torch.nn as nn
from torch.nn import GRUCell, LSTM

cell_0 = GRUCell(2, 4, bias=False)
xs_0 = torch.randn(3, 4, 2)
h_0 = torch.zeros(4, 4)
outputs_0 = []
for t in range(xs_0.shape[0]):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0, dim=0)

lstm_1 = LSTM(3, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 2))
last_1 = nn.Linear(4, 2)(out_1[-1])

embed_2 = nn.Embedding(10, 8)
drop_2 = nn.Dropout()
rnn_2 = LSTM(8, 6, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 9]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)
scores_2 = nn.Linear(6, 10)(out_2)
