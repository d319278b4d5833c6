# oracle: seed 144, open, runs cleanly
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(3, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
last_0 = nn.Linear(8, 2)(out_0[-1])

embed_1 = nn.Embedding(13, 7)
drop_1 = nn.Dropout(0.1)
rnn_1 = nn.GRU(7, 5, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 12]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)
scores_1 = nn.Linear(5, 13)(out_1)

lstm_2 = nn.LSTM(3, 5, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 2, 3))
r_2_0 = out_2.size()
r_2_1 = out_2.size(1)
r_2_2 = out_2.size()
r_2_3 = out_2[:, -1, :]

lstm_3 = nn.LSTM(2, 7)
if random.random() < 0.5:
    out_3, (h_3, c_3) = lstm_3(torch.randn(2, 3, 2))
else:
    out_3, (h_3, c_3) = lstm_3(torch.randn(4, 3, 2))
last_3 = nn.Linear(7, 2)(out_3[-1])
