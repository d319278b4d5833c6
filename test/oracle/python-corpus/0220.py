# oracle: seed 220, open, raises RuntimeError at line 10
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(7, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 7))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 6))
last_0 = nn.Linear(3, 2)(out_0[-1])

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_1 = Model_1(2, 5, 1, bidirectional=True)
logits_1 = model_1(torch.randn(3, 2, 2).float())
probs_1 = logits_1.softmax(dim=-1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_2 = torch.device("cpu")
model_2 = Model_2(5, 8, num_layers=1).to(device_2)
model_2.eval()
with torch.no_grad():
    logits_2 = model_2(torch.zeros(4, 3, 5).to(device_2))
