# oracle: seed 55, closed, raises RuntimeError at line 21
import torch
import torch.nn.functional as F

lstm_0 = torch.nn.LSTM(3, 3, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 2, 3))
r_0_0 = out_0.transpose(0, 1).contiguous().view(2, -1)
r_0_1 = out_0.unsqueeze(1).squeeze(1)
a_0, b_0 = out_0.chunk(2, dim=0)

lstm_1 = torch.nn.LSTM(3, 2, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 3, 3))
r_1_0 = out_1.contiguous().view(3, 3, 2)
r_1_1 = h_1[-2:]
r_1_2 = h_1[-1]
a_1, b_1 = out_1.chunk(2, dim=0)

rnn_2 = torch.nn.GRU(5, 7, batch_first=True)
x_2 = torch.ones(1, 3, 5)
hidden_2 = torch.zeros(1, 3, 7)
out_2, h_2 = rnn_2(x_2, hidden_2)
fc_2 = torch.nn.Linear(7, 5)
logits_2 = fc_2(out_2[:, -1, :])
probs_2 = F.softmax(logits_2, dim=-1)

rnn_3 = torch.nn.GRU(7, 7, num_layers=2, bidirectional=True)
x_3 = torch.zeros(3, 2, 9)
hidden_3 = torch.zeros(4, 3, 7)
out_3, h_3 = rnn_3(x_3, hidden_3)
n_3 = out_3.size(0) * out_3.dim()

class Model_4(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_4 = torch.device("cpu")
model_4 = Model_4(8, 4, num_layers=1).to(device_4)
model_4.eval()
with torch.no_grad():
    logits_4 = model_4(torch.ones((5, 4, 8)).to(device_4))
probs_4 = logits_4.softmax(dim=-1)
