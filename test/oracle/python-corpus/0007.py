# oracle: seed 7, open, runs cleanly
import random
import torch
import torch.nn as nn

conv_0 = nn.Conv1d(6, 5, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 6, 6)).transpose(1, 2)
rnn_0 = nn.LSTM(5, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)

lstm_1 = nn.LSTM(3, 5)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 3))
last_1 = nn.Linear(5, 2)(out_1[-1])

embed_2 = nn.Embedding(20, 4)
drop_2 = nn.Dropout(p=0.5)
rnn_2 = nn.GRU(4, 4, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 19]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)
scores_2 = nn.Linear(4, 20)(out_2)
