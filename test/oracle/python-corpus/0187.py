# oracle: seed 187, open, runs cleanly
import random
import torch.nn

embed_0 = torch.nn.Embedding(12, 6)
drop_0 = torch.nn.Dropout()
rnn_0 = torch.nn.GRU(6, 7, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 11]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = torch.nn.Linear(7, 12)(out_0)

lstm_1 = torch.nn.LSTM(3, 2, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 4, 3))
r_1_0 = out_1[..., :2]
r_1_1 = out_1.shape[-1]
a_1, b_1 = out_1.chunk(2, dim=0)

lstm_2 = torch.nn.LSTM(2, 2)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 2))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 3))
last_2 = torch.nn.Linear(2, 2)(out_2[-1])

conv_3 = torch.nn.Conv1d(3, 7, kernel_size=3, padding=1)
feats_3 = conv_3(torch.randn(2, 3, 6)).transpose(1, 2)
rnn_3 = torch.nn.LSTM(7, 4, batch_first=True)
out_3, _ = rnn_3(feats_3)
